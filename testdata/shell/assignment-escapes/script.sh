a=\
b c[\x]=1 d=e\ f env