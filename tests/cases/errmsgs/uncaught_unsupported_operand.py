total = 5
total = total + "3"
