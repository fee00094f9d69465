"""Steps before and after the pages: the wheel and the snapshot (before), the runtime, the service
worker, pre-compressed copies and the Material fixes (after). Each is a plain function."""
