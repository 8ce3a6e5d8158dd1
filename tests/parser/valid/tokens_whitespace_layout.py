# Unusual but legal spacing and layout.
x=1
x  =  1
x	=	1
f (a) [b] . c
f(a)[b].c
if(x):pass
while(x):break
for(x)in(y):pass
x=[1,2,3]
x=(1,)
x=1,
def f(a,b=1,*c,d,**e):return(a)
class C(B):pass
x=a if b else c
x=not a
x=-1
x=a.b.c
import a.b as c
from.a import b
from..a import b
from . import(a)
print(*a,**b)
x=lambda:0
x=[i for i in a if i]
x={a:b for a,b in c}
x=a[1:2,3:4]
async def g():await x
with a as b:pass
try:pass
except:pass
x = (  1  ,  2  )
x = [  ]
x = {  }
x = (  )
