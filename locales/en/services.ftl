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

svc-first-listening = First meeting at the social desk
svc-first-listening-gives = A meeting to talk about your situation. They listen, explain your rights and tell you where to go. It is free.
svc-first-listening-for = For everyone, also for people who do not know where to start.

svc-social-worker = Appointment with a social worker
svc-social-worker-gives = The social worker gets to know your situation and makes a plan of help with you.
svc-social-worker-for = For people in a difficult situation who need several kinds of help together.

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
svc-civil-invalidity-for = For people with an illness that limits daily life. The first step is a certificate from the family doctor.

svc-attendance-allowance = Attendance allowance (indennità di accompagnamento)
svc-attendance-allowance-gives = Money every month from INPS, to pay for help. It does not depend on income.
svc-attendance-allowance-for = For people with 100% invalidity who need constant help. You ask for it with a new certificate from the doctor.

svc-day-centre = Day centre for older people
svc-day-centre-gives = A place to spend the day, with care, meals and activities. In the evening you go home.
svc-day-centre-for = For older people who need care during the day. The application goes through the PUA.

svc-carer-allowance = Support for family carers (Misura B2)
svc-carer-allowance-gives = Money from the Region for those who look after a dependent person at home.
svc-carer-allowance-for = For people who get the attendance allowance or have a severe Law 104 recognition, and who are cared for at home by a relative or by a paid carer with a contract. The application goes through the PUA.

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
svc-disability-day-centre-for = For adults with disabilities who need care every day. The application goes through the PUA.

svc-invalidity-pension = Invalidity allowance or pension
svc-invalidity-pension-gives = Money every month from INPS: the allowance from 74% invalidity, the pension at 100%.
svc-invalidity-pension-for = For people aged 18 to 66 with an invalidity of 74% or more and a low income.

svc-child-benefit = Single child allowance (Assegno Unico)
svc-child-benefit-gives = Money every month for each child, from the seventh month of pregnancy until age 21. With an ISEE you get more.
svc-child-benefit-for = For all families with children.

svc-nursery-bonus = Nursery bonus
svc-nursery-bonus-gives = Money from INPS to pay for a nursery or for help at home for small children.
svc-nursery-bonus-for = For families with children under 3. With a low ISEE you get more.

svc-municipal-nursery = Town nursery
svc-municipal-nursery-gives = A place at the nursery. With a low ISEE you pay less.
svc-municipal-nursery-for = For families with children under 3.

svc-school-grant = School grant for books and supplies (Dote Scuola)
svc-school-grant-gives = A voucher from the Region to buy books and school supplies.
svc-school-grant-for = For pupils at middle school and high school, with an ISEE up to 15,748 euros.

svc-school-meals-discount = Discount on school meals and school bus
svc-school-meals-discount-gives = The town charges less for school meals and the school bus.
svc-school-meals-discount-for = For families with children at pre-school, primary school or middle school. With a low ISEE you pay less.

svc-family-centre = Family centre
svc-family-centre-gives = Meetings and advice for parents, also during pregnancy. It is free.
svc-family-centre-for = For mothers, fathers and people expecting a baby.

svc-birth-bonus = New baby bonus
svc-birth-bonus-gives = 1,000 euros for each child born or adopted. Apply within 120 days of the birth.
svc-birth-bonus-for = For children born or adopted from 2025 onwards, in families with an ISEE up to 40,000 euros.

svc-inclusion-allowance = Inclusion Allowance (ADI)
svc-inclusion-allowance-gives = Money every month and a plan with the social services to get out of poverty.
svc-inclusion-allowance-for = For households with an ISEE up to 10,140 euros that include a child, a person with a disability or a person over 60. You need 5 years in Italy. People from outside the European Union need a long-term permit or protection.

svc-training-support = Training and Work Support (SFL)
svc-training-support-gives = 500 euros a month while you take a course or a work project.
svc-training-support-for = For people aged 18 to 59 without work, with an ISEE up to 10,140 euros. The same rules as for the ADI apply on years in Italy and on the permit.

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
svc-isee-help-for = For people who do not have this year's ISEE yet, or do not know if they have it.

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
svc-night-shelter-gives = A bed for the night, a shower and a meal. The social emergency service (Pronto Intervento Sociale) finds it, also at night.
svc-night-shelter-for = For people who have no safe place to sleep tonight.

svc-family-doctor = Registration with the health service and a family doctor
svc-family-doctor-gives = A free family doctor and the health card.
svc-family-doctor-for = For people who live in Italy and do not have a doctor yet. The receipt for the permit renewal is also enough.

svc-stp-code = STP code for health care
svc-stp-code-gives = A code to get urgent and essential care, even without a permit. Nobody reports you.
svc-stp-code-for = For foreigners without a valid residence permit.

svc-home-nursing = Care at home (ADI)
svc-home-nursing-gives = Nurses and doctors come to the home. The family doctor must ask for it. The PUA arranges the assessment visit.
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
svc-long-term-permit-for = For people who have lived in Italy with a permit for at least 5 years and have an income.

svc-italian-course = Free Italian course
svc-italian-course-gives = Italian lessons for adults, with a certificate at the end.
svc-italian-course-for = For foreign adults who want to learn Italian.

svc-migrant-legal-advice = Legal advice for foreigners
svc-migrant-legal-advice-gives = An expert explains what you can do about your permit or asylum. It is free.
svc-migrant-legal-advice-for = For people without a valid permit or who are waiting for the answer to their asylum application.

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
svc-free-lawyer-for = For people who suffer domestic violence or stalking. The anti-violence centre helps to find one.

svc-universal-benefit = Universal benefit (Prestazione universale)
svc-universal-benefit-gives = 850 euros more every month, on top of the attendance allowance, to pay someone who gives care at home.
svc-universal-benefit-for = For people aged 80 or more with the attendance allowance and an ISEE up to 6,000 euros.

svc-social-pension = Social allowance (Assegno sociale)
svc-social-pension-gives = Money every month from INPS for people who have little or nothing to live on.
svc-social-pension-for = For people aged 67 or more with a low income. You need 10 years in Italy.

svc-residential-care = Care homes and short respite stays (RSA)
svc-residential-care-gives = A place in a care home, for good or for a few weeks, so that the family can rest.
svc-residential-care-for = For people who can no longer live at home alone. The application goes through the PUA, which makes an assessment.

svc-care-worker-help = Help to find a paid carer (badante)
svc-care-worker-help-gives = The desk helps you find a trained home carer and make the contract.
svc-care-worker-help-for = For families looking for someone to care for an older person at home.

svc-measure-b1 = Support for very severe disability (Misura B1)
svc-measure-b1-gives = Money every month and a care plan, for those who care at home for a person with a very severe disability.
svc-measure-b1-for = For people with the attendance allowance who need care day and night. The local health authority assesses it.

svc-support-administrator = Support administrator (amministratore di sostegno)
svc-support-administrator-gives = A judge names a person, often a relative, to help manage money and papers. You do not need a lawyer.
svc-support-administrator-for = For people who can no longer manage money and paperwork by themselves.

svc-ticket-exemption = Exemption from health charges (ticket)
svc-ticket-exemption-gives = You do not pay the charge (ticket) for medical visits and tests.
svc-ticket-exemption-for = For children under 6 and people aged 65 or more, with a family income up to 36,152 euros. Also for people who are unemployed or have the minimum pension, with a low income.

svc-attendance-frequency = Allowance for children at school or in therapy (indennità di frequenza)
svc-attendance-frequency-gives = Money every month from INPS, in the months when the child goes to school or has therapy.
svc-attendance-frequency-for = For children under 18 with long-lasting difficulties who go to school or to therapy.

svc-uonpia = Child neuropsychiatry service (UONPIA)
svc-uonpia-gives = Doctors and therapists for children and teenagers with difficulties in development, behaviour or mood. It is free.
svc-uonpia-for = For children and teenagers up to 17.

svc-maternity-allowance = Town maternity allowance (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Money for mothers who have no other maternity benefit, or only a little. Apply to the town within 6 months of the birth.
svc-maternity-allowance-for = For mothers with an ISEE up to 20,382 euros. From outside the European Union, a long-term permit or protection is needed.

svc-dedicated-card = Shopping card (Carta Dedicata a te)
svc-dedicated-card-gives = A card with money to buy food. You do not apply: the town chooses the families from INPS lists.
svc-dedicated-card-for = For families of at least 3 people with an ISEE up to 15,000 euros and no other help such as the ADI.

svc-over-indebtedness = Help with debts (sovraindebitamento)
svc-over-indebtedness-gives = An expert helps you make a plan to pay the debts as well as you can. Sometimes a judge cancels part of them.
svc-over-indebtedness-for = For people with debts they can no longer pay.

svc-registered-residence = Registered residence in the town
svc-registered-residence-gives = Registration with the town's registry office (anagrafe). People without a home can have their residence at an address of the town.
svc-registered-residence-for = For people who live in the town and are not registered residents yet. Without residence you cannot get a lot of help.

svc-psychologist-bonus = Psychologist bonus (bonus psicologo)
svc-psychologist-bonus-gives = Money to pay for some sessions with a psychologist. You apply when the call opens.
svc-psychologist-bonus-for = For people with anxiety, sadness or stress, with an ISEE up to 50,000 euros.

svc-italian-citizenship = Italian citizenship
svc-italian-citizenship-gives = Help to apply to become an Italian citizen.
svc-italian-citizenship-for = For people who have been residents in Italy for 10 years, 5 years for refugees, or 4 years for citizens of the European Union. You need Italian at B1 level.

svc-freedom-income = Freedom income (Reddito di libertà)
svc-freedom-income-gives = Up to 500 euros a month for one year, to start an independent life again.
svc-freedom-income-for = For women who leave violence, supported by an anti-violence centre and the social services.

svc-violence-permit = Residence permit for people who suffer violence
svc-violence-permit-gives = A permit that does not depend on the partner. It protects people who report the violence or ask an anti-violence centre for help.
svc-violence-permit-for = For foreigners who suffer domestic violence.

svc-food-aid-urgent = Today: go to Caritas or to the social desk. They give you food even without documents.
svc-night-shelter-urgent = Tonight: call the town's social emergency service (Pronto Intervento Sociale). It answers at night too. Or go to the social desk today.
svc-emergency-112-urgent = In danger now: call 112. It always answers, also in other languages.
svc-helpline-1522-urgent = Call 1522: it is free, answers day and night, also in other languages. You can also write in the chat.
svc-anti-violence-centre-urgent = The anti-violence centre listens and helps, also without reporting to the police. The 1522 number puts you in touch.
svc-safe-house-urgent = If you cannot stay at home, 1522 and the anti-violence centre can find a safe place, even today.

rule-needs-personal-care = Help is needed with washing, housework or moving.
rule-cannot-cook = Help is needed with cooking.
rule-lives-alone = It is for people who live alone.
rule-may-need-quick-help = It is for people who may need help quickly.
rule-invalidity-not-recognised = It is for people without a recognised invalidity yet.
rule-over-65 = It is for people aged 65 or more.
rule-needs-care-during-day = Care is needed during the day.
rule-law-104-not-recognised = It is for people without a Law 104 recognition yet.
rule-hard-to-move-around = It is for people who find it hard to move around or park.
rule-needs-transport = It is for people who need transport.
rule-wants-work = It is for people looking for work.
rule-working-age = It is for people aged 16 to 66.
rule-needs-school-support = It is for pupils who need help at school.
rule-school-age = It is for people aged 3 to 20.
rule-needs-daily-care = It is for people who need care every day.
rule-adult = It is for people aged 18 or more.
rule-age-18-to-66 = It is for people aged 18 to 66.
rule-has-children-or-expecting = It is for people with children or expecting a baby.
rule-child-under-3 = It is for people with a child under 3.
rule-needs-childcare = It is for people who need someone to look after the children.
rule-isee-up-to-15748 = An ISEE up to 15,748 euros is needed.
rule-parenting-or-expecting = It is for parents who want support and for people expecting a baby.
rule-isee-up-to-40000 = An ISEE up to 40,000 euros is needed.
rule-household-with-minor-disabled-or-over-60 = The household must include a child, a person with a disability or a person over 60.
rule-isee-up-to-10140 = An ISEE up to 10,140 euros is needed.
rule-age-18-to-59 = It is for people aged 18 to 59.
rule-without-work = It is for people without work.
rule-lost-job = It is for people who lost their job.
rule-not-by-choice = The job must have ended without wanting it.
rule-age-16-to-66 = It is for people aged 16 to 66.
rule-no-isee-yet = It is for people who do not have an ISEE yet.
rule-not-enough-food = It is for people without enough food.
rule-cannot-pay-basics = It is for people who cannot pay for food or bills.
rule-pays-rent = It is for people who rent their home.
rule-isee-up-to-26000 = An ISEE up to 26,000 euros is needed.
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
rule-resident-here = Registered residence in the town is needed.
rule-permit-for-municipal-services = From outside the European Union, a valid permit is needed. The receipt for the renewal also counts.
rule-needs-constant-care = It is for people who need someone near them all the time.
rule-invalidity-100-or-pending = A 100% invalidity is needed, also while the application is pending.
rule-over-80 = It is for people aged 80 or more.
rule-has-attendance-allowance = The attendance allowance is needed.
rule-isee-up-to-6000 = An ISEE up to 6,000 euros is needed.
rule-age-67-or-more = It is for people aged 67 or more.
rule-income-up-to-583-a-month = Income must be up to about 583 euros a month.
rule-ten-years-in-italy = At least 10 years in Italy are needed.
rule-permit-for-social-pension = From outside the European Union, a long-term permit or protection is needed.
rule-severe-disability = The attendance allowance or a severe Law 104 recognition is needed.
rule-has-carer = A relative or a paid carer must give care at home.
rule-cannot-manage-money = It is for people who cannot manage money and papers without help.
rule-under-6-or-over-65 = It is for children under 6 and for people aged 65 or more.
rule-invalidity-46-or-more = An invalidity of 46% or more is needed.
rule-minor = It is for people under 18.
rule-needs-school-or-care = It is for people who need help at school or care every day.
rule-no-attendance-allowance = You cannot get it together with the attendance allowance.
rule-invalidity-74-or-more = An invalidity of 74% or more is needed.
rule-child-mind-or-development = It is for difficulties with development, school or mood.
rule-child-at-secondary-school = It is for people with a child at middle school or high school.
rule-child-3-to-13 = It is for people with a child aged 3 to 13.
rule-baby-born-recently = It is for a baby born or adopted recently.
rule-isee-up-to-20382 = An ISEE up to 20,382 euros is needed.
rule-permit-for-inclusion = From outside the European Union, a long-term permit or protection is needed.
rule-isee-for-energy-bonus = An ISEE up to 9,530 euros is needed, or up to 20,000 euros with at least 4 children.
rule-isee-up-to-15000 = An ISEE up to 15,000 euros is needed.
rule-household-of-3-or-more = It is for families of at least 3 people.
rule-cannot-repay-debts = It is for people with debts they cannot pay.
rule-not-resident = It is for people who are not registered residents of the town yet.
rule-isee-up-to-50000 = An ISEE up to 50,000 euros is needed.
rule-valid-permit-not-long-term = A valid permit is needed, but not one that is already long-term.
rule-years-for-citizenship = 10 years of residence in Italy are needed. 5 years are enough for refugees and 4 for citizens of the European Union.
rule-needs-money-to-leave = It is for people who need money to live on their own.
rule-not-eu-citizen = It is for people from outside the European Union.
rule-isee-for-b2 = An ISEE up to 25,000 euros is needed, or up to 40,000 euros for a child.
rule-has-eviction-notice = It is for people who have an eviction order because they cannot pay.
rule-permit-for-family-benefits = From outside the European Union, a permit that allows work is needed.
rule-income-for-ticket = Income must be up to about 2,780 euros a month.
rule-age-17-or-more = It is for people aged 17 or over.
