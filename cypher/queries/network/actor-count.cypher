// Network: how many actors there are (the progress total of `cli network rebuild` and `check`). Returns: actors.
RETURN COUNT { (:Actor) } AS actors
