class Account:
    bank = "Taipan Bank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


a = Account("ann")
b = Account("bob", 100)
a.deposit(50).deposit(25)
print(a, b, a.bank, Account.bank, a.balance + b.balance)
try:
    b.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
Account.bank = "New Bank"
print(a.bank, b.bank)
a.bank = "Own Bank"
print(a.bank, b.bank, Account.bank, "bank" in a.__dict__, sorted(a.__dict__))
print(type(a).__name__, isinstance(a, Account), Account.__name__, Account.deposit.__name__)
m = a.deposit
print(m(1), m.__self__ is a, m.__func__ is Account.deposit)
