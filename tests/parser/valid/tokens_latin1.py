# -*- coding: latin-1 -*-
# This file is encoded in Latin-1: é is one byte on disk.
s = "café"
café = s
b = b"\xe9"
t = f"{café}é"
x = café + s  # à è
