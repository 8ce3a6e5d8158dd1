x = 1
# the file ends in a comment with no newline