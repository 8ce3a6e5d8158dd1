x = import y
