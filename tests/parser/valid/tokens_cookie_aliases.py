#!python
# -*- coding: UTF8 -*-
x = "€"
