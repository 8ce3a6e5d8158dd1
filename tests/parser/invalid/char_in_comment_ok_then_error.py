# comment with $ and € is fine
x = 1 $
