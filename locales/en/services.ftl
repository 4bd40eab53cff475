provider-sportello-sociale = Social desk of the town (Sportello Sociale)
provider-pua = Single Access Point (PUA)
provider-inps = INPS, also through a CAF or patronato
provider-caf-patronato = CAF or patronato (free help offices)
provider-centro-impiego = Job centre (Centro per l'impiego)
provider-sportello-stranieri = Foreigners' desk (Sportello Stranieri)
provider-centro-antiviolenza = Anti-violence centre
provider-asst = Local health authority (ASST)
provider-caritas = Caritas and food bank
provider-ufficio-scuola = School office of the town
provider-cpia = Adult school (CPIA)
provider-comune = Town hall offices
provider-emergency = Emergency numbers

time-now = At once
time-days = A few days
time-weeks = A few weeks
time-months = A few months
time-call = When the town opens the call, usually once a year

svc-home-care = Home care (SAD)
svc-home-care-gives = A care worker comes to the home. They help with washing, dressing and keeping the home clean.
svc-home-care-for = For people who can no longer do daily things alone.

svc-meals-at-home = Meals at home
svc-meals-at-home-gives = A hot meal brought home every day. The price depends on the ISEE.
svc-meals-at-home-for = For people who can no longer cook for themselves.

svc-telecare = Telecare alarm
svc-telecare-gives = A small device with one button. If you press it, a centre answers day and night and sends help.
svc-telecare-for = For people who live alone and may need help quickly.

svc-civil-invalidity = Application for civil invalidity
svc-civil-invalidity-gives = The recognition that an illness limits life. It opens the way to other help and money.
svc-civil-invalidity-for = For people with an illness that limits daily life.

svc-attendance-allowance = Attendance allowance (indennità di accompagnamento)
svc-attendance-allowance-gives = Money every month from INPS, to pay for help. It does not depend on income.
svc-attendance-allowance-for = For people with 100% invalidity who cannot do daily things alone.

svc-day-centre = Day centre for older people
svc-day-centre-gives = A place to spend the day, with care, meals and activities. In the evening you go home.
svc-day-centre-for = For older people who need care during the day.

svc-carer-allowance = Support for family carers (Misura B2)
svc-carer-allowance-gives = Money from the Region for those who look after a dependent person at home.
svc-carer-allowance-for = For families caring at home for a person with a severe invalidity.

svc-law-104-recognition = Application under Law 104
svc-law-104-recognition-gives = The recognition of the disability. It gives leave from work and other help.
svc-law-104-recognition-for = For people with disabilities and their relatives.

svc-disabled-parking = Disabled parking badge
svc-disabled-parking-gives = A badge for the car. It allows parking in the spaces for disabled people.
svc-disabled-parking-for = For people who walk with great difficulty or who are blind.

svc-social-transport = Social transport
svc-social-transport-gives = A car or minibus takes you to medical visits, therapy or the day centre.
svc-social-transport-for = For people who cannot travel alone by public transport.

svc-targeted-employment = Targeted employment (collocamento mirato)
svc-targeted-employment-gives = Help to find a suitable job. Companies must hire people with disabilities.
svc-targeted-employment-for = For people with an invalidity of 46% or more who look for work.

svc-school-assistant = Assistant at school
svc-school-assistant-gives = An educator helps a child or teenager with a disability at school.
svc-school-assistant-for = For pupils with disabilities, from nursery school to secondary school.

svc-disability-day-centre = Day centre for people with disabilities
svc-disability-day-centre-gives = A place to spend the day, with activities and care. In the evening you go home.
svc-disability-day-centre-for = For adults with disabilities who need care every day.

svc-invalidity-pension = Invalidity allowance or pension
svc-invalidity-pension-gives = Money every month from INPS.
svc-invalidity-pension-for = For people aged 18 to 66 with a recognised invalidity and a low income.

svc-child-benefit = Single child allowance (Assegno Unico)
svc-child-benefit-gives = Money every month for each child, from the seventh month of pregnancy until age 21. With an ISEE you get more.
svc-child-benefit-for = For all families with children.

svc-nursery-bonus = Nursery bonus
svc-nursery-bonus-gives = Money from INPS to pay for a nursery or for help at home for small children.
svc-nursery-bonus-for = For families with children under 3.

svc-municipal-nursery = Town nursery
svc-municipal-nursery-gives = A place at the nursery. With a low ISEE you pay less.
svc-municipal-nursery-for = For families with children under 3.

svc-school-grant = School grant (Dote Scuola)
svc-school-grant-gives = A voucher from the Region to buy books and school supplies.
svc-school-grant-for = For pupils aged 6 to 16 with an ISEE up to 15,748 euros.

svc-school-meals-discount = Discount on school meals and school bus
svc-school-meals-discount-gives = The town charges less for school meals and the school bus.
svc-school-meals-discount-for = For families with children at school and a low ISEE.

svc-family-centre = Family centre
svc-family-centre-gives = Meetings and advice for parents, also during pregnancy. It is free.
svc-family-centre-for = For mothers, fathers and people expecting a baby.

svc-birth-bonus = New baby bonus
svc-birth-bonus-gives = 1,000 euros for each child born or adopted. Apply within 120 days of the birth.
svc-birth-bonus-for = For families with an ISEE up to 40,000 euros.

svc-inclusion-allowance = Inclusion Allowance (ADI)
svc-inclusion-allowance-gives = Money every month and a plan with the social services to get out of poverty.
svc-inclusion-allowance-for = For households with an ISEE up to 10,140 euros that include a child, a person with a disability or a person over 60.

svc-training-support = Training and Work Support (SFL)
svc-training-support-gives = 500 euros a month while you take a course or a work project.
svc-training-support-for = For people aged 18 to 59 without work, with an ISEE up to 10,140 euros.

svc-unemployment-benefit = NASpI (unemployment benefit)
svc-unemployment-benefit-gives = Money every month from INPS after the job ends. Apply within 68 days.
svc-unemployment-benefit-for = For people who lost their job without wanting it.

svc-job-centre = Job centre
svc-job-centre-gives = Help to look for work, free courses and registration as unemployed.
svc-job-centre-for = For people looking for work.

svc-energy-bonus = Social bonus for electricity, gas and water
svc-energy-bonus-gives = A discount on the bills. It comes by itself when you get the ISEE.
svc-energy-bonus-for = For families with an ISEE up to 9,530 euros, or up to 20,000 euros with at least 4 children.

svc-isee-help = Get your ISEE for free
svc-isee-help-gives = A CAF calculates your ISEE without charging you. You need it for almost all help.
svc-isee-help-for = For people who do not have this year's ISEE yet.

svc-food-aid = Help with food
svc-food-aid-gives = Food parcels or a card for the social supermarket. Also at once.
svc-food-aid-for = For people who do not have enough to eat.

svc-emergency-grant = Financial help from the town
svc-emergency-grant-gives = One-off money help for urgent costs such as bills or food.
svc-emergency-grant-for = For people with an urgent money problem. The social worker decides.

svc-rent-support = Rent support
svc-rent-support-gives = Money to pay part of the rent. The town gives it with the Region.
svc-rent-support-for = For people who pay rent and have an ISEE up to 26,000 euros.

svc-arrears-fund = Fund for unpaid rent (morosità incolpevole)
svc-arrears-fund-gives = Money to pay rent arrears and stop the eviction.
svc-arrears-fund-for = For people who cannot pay the rent because they lost work or income.

svc-social-housing = Social housing (SAP)
svc-social-housing-gives = A home to rent at a low price. You apply when the call opens.
svc-social-housing-for = For families without a home of their own and with an ISEE up to 16,000 euros.

svc-housing-emergency = Housing emergency
svc-housing-emergency-gives = A place to stay for a while, while you look for a home.
svc-housing-emergency-for = For people who are about to lose their home or have none.

svc-night-shelter = A place to sleep tonight
svc-night-shelter-gives = A bed for the night, a shower and a meal. Go to the social desk today or call the town.
svc-night-shelter-for = For people who have no safe place to sleep tonight.

svc-family-doctor = Registration with the health service and a family doctor
svc-family-doctor-gives = A free family doctor and the health card.
svc-family-doctor-for = For people who live in Italy and do not have a doctor yet.

svc-stp-code = STP code for health care
svc-stp-code-gives = A code to get urgent and essential care, even without a permit. Nobody reports you.
svc-stp-code-for = For foreigners without a valid residence permit.

svc-home-nursing = Care at home (ADI)
svc-home-nursing-gives = Nurses and doctors come to the home. The family doctor must ask for it.
svc-home-nursing-for = For people who cannot leave home to get care.

svc-mental-health-centre = Mental health centre (CPS)
svc-mental-health-centre-gives = Psychologists and doctors who listen and treat. It is free.
svc-mental-health-centre-for = For adults with anxiety, deep sadness or other mental health problems.

svc-addiction-service = Addiction service (SerD)
svc-addiction-service-gives = Help and treatment for alcohol, drugs or gambling. It is free and confidential, even without giving your name.
svc-addiction-service-for = For people with an addiction and their relatives.

svc-consultorio = Family health clinic (consultorio)
svc-consultorio-gives = Visits and advice on pregnancy, contraception and women's health. It is free.
svc-consultorio-for = For women, couples and young people.

svc-permit-renewal = Renewal of the residence permit
svc-permit-renewal-gives = Help to prepare the application. You send it with the post office kit.
svc-permit-renewal-for = For people whose permit is expiring or has expired. Apply before it expires.

svc-family-reunification = Family reunification
svc-family-reunification-gives = Help to ask for permission to bring your spouse, children or parents to Italy.
svc-family-reunification-for = For people with a valid permit, an income and a suitable home.

svc-long-term-permit = Long-term residence permit
svc-long-term-permit-gives = A permit that does not expire. You need the A2 Italian test.
svc-long-term-permit-for = For people who have lived in Italy with a permit for at least 5 years.

svc-italian-course = Free Italian course
svc-italian-course-gives = Italian lessons for adults, with a certificate at the end.
svc-italian-course-for = For foreign adults who want to learn Italian.

svc-migrant-legal-advice = Legal advice for foreigners
svc-migrant-legal-advice-gives = An expert explains what you can do about your permit or asylum. It is free.
svc-migrant-legal-advice-for = For people without a valid permit or who asked for asylum.

svc-emergency-112 = Emergency number 112
svc-emergency-112-gives = Police and ambulance. It always answers, also in other languages.
svc-emergency-112-for = For people in danger now.

svc-helpline-1522 = Anti-violence number 1522
svc-helpline-1522-gives = A free number that answers day and night, also in other languages. It does not appear on the phone bill.
svc-helpline-1522-for = For people who suffer violence or are afraid, and for those who want to help.

svc-anti-violence-centre = Anti-violence centre
svc-anti-violence-centre-gives = Expert women listen and help. It is free and secret. You decide what to do.
svc-anti-violence-centre-for = For women who suffer violence, also without reporting it to the police.

svc-safe-house = Safe house
svc-safe-house-gives = A safe and secret place to stay, also with your children.
svc-safe-house-for = For people who must leave home to be safe.

svc-children-protection = Support for children
svc-children-protection-gives = Help for children who see or live violence at home.
svc-children-protection-for = For families with children involved.

svc-free-lawyer = Free lawyer
svc-free-lawyer-gives = A lawyer paid by the State, whatever your income.
svc-free-lawyer-for = For people who suffer domestic violence or stalking.

rule-needs-personal-care = Help is needed with washing, housework or moving.
rule-cannot-cook = Help is needed with cooking.
rule-lives-alone = It is for people who live alone.
rule-may-need-quick-help = It is for people who may need help quickly.
rule-invalidity-not-recognised = It is for people without a recognised invalidity yet.
rule-needs-constant-help = Constant help is needed with washing or moving.
rule-invalidity-full-or-pending = A 100% invalidity is needed, also while the application is pending.
rule-over-65 = It is for people aged 65 or more.
rule-needs-care-during-day = Care is needed during the day.
rule-invalidity-full = A 100% invalidity is needed.
rule-isee-up-to-25000 = An ISEE up to 25,000 euros is needed.
rule-law-104-not-recognised = It is for people without a Law 104 recognition yet.
rule-hard-to-move-around = It is for people who find it hard to move around or park.
rule-needs-transport = It is for people who need transport.
rule-wants-work = It is for people looking for work.
rule-working-age = It is for people aged 16 to 66.
rule-invalidity-recognised = A recognised invalidity is needed.
rule-needs-school-support = It is for pupils who need help at school.
rule-school-age = It is for people aged 3 to 20.
rule-needs-daily-care = It is for people who need care every day.
rule-adult = It is for people aged 18 or more.
rule-age-18-to-66 = It is for people aged 18 to 66.
rule-has-children-or-expecting = It is for people with children or expecting a baby.
rule-child-under-3 = It is for people with a child under 3.
rule-needs-childcare = It is for people who need someone to look after the children.
rule-child-at-school = It is for people with a child aged 6 to 17.
rule-school-costs-hard = It is for people who struggle to pay school costs.
rule-isee-up-to-15748 = An ISEE up to 15,748 euros is needed.
rule-child-3-to-17 = It is for people with a child aged 3 to 17.
rule-parenting-or-expecting = It is for parents who want support and for people expecting a baby.
rule-baby-born-or-coming = It is for people expecting a baby or with a small one.
rule-isee-up-to-40000 = An ISEE up to 40,000 euros is needed.
rule-household-with-minor-disabled-or-over-60 = The household must include a child, a person with a disability or a person over 60.
rule-isee-up-to-10140 = An ISEE up to 10,140 euros is needed.
rule-age-18-to-59 = It is for people aged 18 to 59.
rule-without-work = It is for people without work.
rule-lost-job = It is for people who lost their job.
rule-not-by-choice = The job must have ended without wanting it.
rule-age-16-to-66 = It is for people aged 16 to 66.
rule-isee-up-to-9530 = An ISEE up to 9,530 euros is needed.
rule-no-isee-yet = It is for people who do not have an ISEE yet.
rule-not-enough-food = It is for people without enough food.
rule-cannot-pay-basics = It is for people who cannot pay for food or bills.
rule-pays-rent = It is for people who rent their home.
rule-isee-up-to-26000 = An ISEE up to 26,000 euros is needed.
rule-behind-with-rent-or-evicted = It is for people behind with the rent or facing eviction.
rule-no-own-home = It is for people without a home of their own.
rule-isee-up-to-16000 = An ISEE up to 16,000 euros is needed.
rule-losing-home = It is for people about to lose their home or without one.
rule-nowhere-to-sleep = It is for people with nowhere to sleep tonight.
rule-no-family-doctor = It is for people without a family doctor.
rule-can-register-with-health-service = European citizenship or a valid permit is needed.
rule-without-valid-permit = It is for people without a valid permit.
rule-needs-care-at-home = It is for people who need care at home.
rule-mental-health = It is for people with mental health problems.
rule-addiction = It is for people with an addiction.
rule-pregnancy-or-family-health = It is for pregnancy and women's health.
rule-permit-expiring-or-expired = It is for people whose permit is expiring or has expired.
rule-family-abroad = It is for people who want their family to come to Italy.
rule-valid-permit = A valid permit is needed.
rule-five-years-in-italy = At least 5 years in Italy are needed.
rule-learning-italian = It is for people who want to learn Italian.
rule-without-valid-permit-or-asylum = It is for people without a valid permit or who asked for asylum.
rule-in-danger-now = It is for people in danger now.
rule-no-safe-place = It is for people with no safe place to go.
rule-children-involved = It is for people with children involved.
