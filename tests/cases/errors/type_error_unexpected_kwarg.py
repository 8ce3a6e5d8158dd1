def connect(host, port=80):
    return f"{host}:{port}"


print(connect("a"))
print(connect("b", prt=8080))
