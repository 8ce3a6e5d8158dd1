RAN_MAIN = False
if __name__ == "__main__":
    RAN_MAIN = True
print("tool:", __name__)
