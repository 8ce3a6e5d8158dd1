# café -- this comment is not valid UTF-8.
# compile() of the bytes accepts it (running the file as a script does not).
x = 1
