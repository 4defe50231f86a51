A=1 B="two words" C=
