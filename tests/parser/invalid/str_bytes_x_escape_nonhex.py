x = b'ab\xgg'
