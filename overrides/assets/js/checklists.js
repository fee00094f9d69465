// Filled in by the checklists work (issue 5). Loaded as a module on every page; does nothing without its markup.
