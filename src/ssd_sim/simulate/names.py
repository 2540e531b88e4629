"""Made-up name parts for synthetic people and workers."""

FORENAMES_F = [
    "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Willow", "Emily",
    "Ella", "Grace", "Sophia", "Evie", "Poppy", "Ruby", "Daisy", "Aisha", "Zara", "Maryam", "Amara",
    "Chloe", "Jessica", "Hannah", "Leah", "Niamh", "Erin", "Layla", "Maya", "Priya", "Fatima",
    "Eleanor", "Harriet", "Imogen", "Molly", "Nadia", "Rosie", "Sienna", "Tia",
]
FORENAMES_M = [
    "Oliver", "George", "Noah", "Arthur", "Leo", "Muhammad", "Harry", "Oscar", "Archie", "Henry",
    "Jack", "Theo", "Charlie", "Freddie", "Alfie", "Jacob", "Thomas", "Joshua", "Ethan", "Adam",
    "Yusuf", "Ibrahim", "Kai", "Tyler", "Reece", "Callum", "Kieran", "Liam", "Mason", "Riley",
    "Samuel", "Daniel", "Dylan", "Finley", "Jayden", "Kofi", "Luca", "Omar", "Rohan", "Zain",
]
SURNAMES = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
    "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
    "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott",
    "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
    "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum",
    "Miller", "Cox", "Hussain", "Marshall", "Simpson", "Ahmed", "Anderson", "Ellis", "Adams", "Wilkinson",
    "Foster", "Chapman", "Mills", "Owen", "Mohamed", "Okafor", "Mensah", "Nowak", "Kowalski", "Murphy",
]
STREETS = [
    "Oak Road", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "High Street",
    "Green Lane", "Queens Road", "Kings Road", "Manor Way", "Elm Grove", "Chapel Street", "New Road",
    "Albert Street", "York Road", "Windsor Close", "Meadow View", "Beech Drive", "Orchard Way",
]
BUILDINGS = ["Priory Court", "Riverside House", "Cedar Heights", "Millennium Point", "Linden Lodge"]
