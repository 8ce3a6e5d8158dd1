X = 42
if __name__ == "__main__":
    print("never: plain is imported")
else:
    print("plain imported as", __name__)
