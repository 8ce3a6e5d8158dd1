# Indentation with tabs, and with tabs and spaces used consistently.
if a:
	x = 1
	if b:
		y = 2
	else:
		y = 3
def f():
	for i in x:
		pass
	return	1
class C:
        a = 1
        if a:
        	b = 2
x	=	[1,	2]	# tabs between tokens
if a:
	  	pass
