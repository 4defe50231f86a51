paste <<A <<B
a1
A
b1
B