x = rr'a'
