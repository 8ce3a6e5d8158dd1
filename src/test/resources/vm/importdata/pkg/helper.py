H = "helper value"
print("helper loaded", __name__, __package__)
