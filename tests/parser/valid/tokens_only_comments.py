# just a comment
# and another

   # indented comment
