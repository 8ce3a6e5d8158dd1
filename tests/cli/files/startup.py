print("started", __name__)
