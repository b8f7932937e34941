// generated from errors.yaml by `python -m generator`; do not edit

module example.org/pns-errors/go

go 1.18
