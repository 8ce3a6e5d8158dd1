d = {str(i): i for i in range(40)}
e = {str(i): i for i in range(20, 60)}
print(d.keys() | e.keys())
print(d.keys() & e.keys())
print(d.keys() - e.keys())
print(d.keys() ^ e.keys())
print(set(e) & d.keys())
print(d.items() & e.items())
print(d.keys() & set(e))
print(list(d.keys() | range(3)))
