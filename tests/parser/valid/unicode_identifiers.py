# Non-ASCII identifiers; the AST holds their NFKC normal form.
café = 1
naïve = café
π = 3.14159
Σ = sum
λ = lambda α, β: α + β
变量 = "chinese"
переменная = "russian"
ﬁle = 1
𝐱 = 2
ℌ = 3
µ = 4
ª = 5
ｘ = 6
ｉｆ = 7
Ⅸ = 9
xⅡ = 10
_é = 11
é_1 = 12
ǅ = 13
def ƒ(ｐａｒａｍ, *ａｒｇｓ, **ｋｗ):
    return ｐａｒａｍ
class Ĉlass(ｂａｓｅ):
    ĳ = 1
import módulo
from paquete.módulo import nombre as ñ
obj.атрибут = 1
obj.ﬁeld
f(ｋｅｙ=1)
é: int = 0
print(ǈ, ǋ)
