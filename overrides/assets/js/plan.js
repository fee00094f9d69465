// Filled in by the plan work (issue 5). Loaded as a module on every page; does nothing without its markup.
