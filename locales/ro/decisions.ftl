# Ankommen – messages after the service point's decision. Romanian.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Vești bune: { $organisation } se va ocupa de nevoile dumneavoastră. Un specialist sau o specialistă vă va contacta în decurs de o săptămână.
decision-referred = Pentru nevoile dumneavoastră, { $organisation } este instituția potrivită. Le-am transmis cererea dumneavoastră, așa cum ne-ați permis. Puteți lua legătura și direct cu această instituție: { $contact }
decision-waitlisted = Momentan toate locurile sunt ocupate. V-am trecut pe lista noastră de așteptare și vă vom scrie în aproximativ trei luni. Dacă între timp situația devine urgentă, vă rugăm să ne sunați: { $sp_phone }
decision-waitlist-recontact = Sunteți încă pe lista noastră de așteptare. Mai aveți nevoie de sprijin?
button-waitlist-still = Da, încă am nevoie
button-waitlist-no-longer = Nu, nu mai am nevoie
decision-declined = Ne pare rău, dar nu vă putem oferi o însoțire pe termen mai lung. Puteți primi consiliere aici: { $counselling_contact }
