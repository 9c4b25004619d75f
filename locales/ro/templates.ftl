# Ankommen – messages caseworkers send from a template. Romanian.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Vă rugăm să ne contactați, am dori să discutăm ceva cu dumneavoastră. Telefon: { $phone }
template-bring-documents = Vă rugăm să aduceți la programare: actul de identitate sau actele de ședere și scrisorile pe care le-ați primit de la instituții.
template-still-need = De ceva vreme nu am mai avut vești de la dumneavoastră. Mai aveți nevoie de sprijin? Ne puteți scrie oricând aici.
template-goal-check = Consilierul sau consiliera dumneavoastră ar dori să afle cum merg lucrurile cu obiectivele dumneavoastră. Dacă doriți, scrieți-ne pe scurt aici sau sunați-ne: { $phone }

## La încheiere (părere voluntară)
followup-evaluation = Însoțirea dumneavoastră la noi s-a încheiat. Vă mulțumim pentru încredere! Doriți să ne spuneți dacă v-a fost de ajutor? Răspunsul este voluntar.
button-eval-good = Da, m-a ajutat
button-eval-partly = Parțial
button-eval-not = Nu prea
