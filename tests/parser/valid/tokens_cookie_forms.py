# coding=utf-8
# The cookie above uses "=", and these later lines are not cookies:
# coding: latin-1
x = "é"
