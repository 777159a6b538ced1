"""The watcher: schedules, captures, scans and diffs watched sources over time (issue 5)."""
