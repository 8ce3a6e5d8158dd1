# coding: cp1252
x = "€“"
y = "é"
