import a if b else c
