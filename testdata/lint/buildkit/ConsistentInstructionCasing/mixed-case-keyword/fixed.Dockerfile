from alpine:3.20
run echo hi
cmd ["sh"]
