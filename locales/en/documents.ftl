doc-identity = Identity document
doc-identity-what = Identity card, passport or driving licence.
doc-identity-where = If you do not have one, ask for an identity card at the town's registry office (anagrafe).

doc-health-card = Health card
doc-health-card-what = The green or blue card with your tax code.
doc-health-card-where = The Revenue Agency sends it. If you lost it, ask the local health authority.

doc-isee = ISEE certificate
doc-isee-what = The paper with the family's ISEE value, valid for this year.
doc-isee-where = A CAF does it for free, or you can do it on the INPS website.

doc-permit = Residence permit
doc-permit-what = Your valid permit, or the receipt of the renewal application.
doc-permit-where = The police headquarters (Questura) issues it.

doc-passport = Passport
doc-passport-what = The passport of your country. For the residence permit it must be valid, not expired.
doc-passport-where = The consulate or embassy of your country issues it.

doc-medical-report = Medical certificates
doc-medical-report-what = Papers from a doctor or hospital that explain the illness.
doc-medical-report-where = Ask your family doctor or the hospital.

doc-invalidity-report = Invalidity report
doc-invalidity-report-what = The paper of the medical board with the percentage of invalidity.
doc-invalidity-report-where = INPS sends it. You can also download it from the INPS website.

doc-income = Proof of income
doc-income-what = Recent payslips, the CU form or the tax return.
doc-income-where = Your employer or INPS gives them. A CAF can help you find them.

doc-bank-details = IBAN
doc-bank-details-what = The code of your bank or post office account, to receive money.
doc-bank-details-where = It is on the papers of the bank or post office, or in their app.

doc-bank-statements = Account balance and average balance
doc-bank-statements-what = How much was on the account on 31 December two years ago, and the average for that year. For the 2026 ISEE, the figures for 2024 count.
doc-bank-statements-where = Ask your bank or post office.

doc-job-end = Letter about the end of the job
doc-job-end-what = The dismissal letter or the expired contract.
doc-job-end-where = Your employer gives it.

doc-rent-contract = Rental contract
doc-rent-contract-what = The registered contract of the home where you live.
doc-rent-contract-where = The landlord has it. Ask for a copy.

doc-rent-receipts = Rent receipts
doc-rent-receipts-what = Proof that you paid the rent, for example bank transfers.
doc-rent-receipts-where = Find them at your bank or ask the landlord.

doc-eviction-notice = Eviction notice
doc-eviction-notice-what = The court paper with the eviction.
doc-eviction-notice-where = It came by post or from a court officer.

doc-bills = Bills
doc-bills-what = The latest electricity, gas or water bills.
doc-bills-where = They come by post or e-mail, or you download them from the supplier's website.

doc-children-tax-codes = Children's tax codes
doc-children-tax-codes-what = The tax code (codice fiscale) of each child.
doc-children-tax-codes-where = It is on the children's health cards.

doc-nursery-receipts = Nursery receipts
doc-nursery-receipts-what = The receipts of the fees paid to the nursery.
doc-nursery-receipts-where = The nursery gives them.

doc-passport-photos = Passport photos
doc-passport-photos-what = Recent passport-size photos, usually 2 or 4.
doc-passport-photos-where = At a photographer or a photo booth.

doc-revenue-stamp = Revenue stamp
doc-revenue-stamp-what = A 16-euro stamp to put on the application.
doc-revenue-stamp-where = Buy it at a tobacconist (tabaccheria).

doc-housing-suitability = Housing suitability certificate
doc-housing-suitability-what = A paper saying the home is large and healthy enough.
doc-housing-suitability-where = Ask the town's technical office.

doc-family-certificates = Family certificates
doc-family-certificates-what = Marriage or birth certificates of your family members, translated and legalised.
doc-family-certificates-where = Ask for them in your country of origin and have them legalised at the consulate.

doc-italian-a2 = A2 Italian certificate
doc-italian-a2-what = Proof that you know basic Italian.
doc-italian-a2-where = You get it with a test at the Prefecture or a course at the CPIA.

doc-introductory-certificate = Doctor's first certificate (certificato medico introduttivo)
doc-introductory-certificate-what = The certificate your family doctor sends to INPS to start the application. It is the first step.
doc-introductory-certificate-where = Your family doctor makes it and sends it to INPS. Keep the number they give you.

doc-carer-contract = Paid carer's contract
doc-carer-contract-what = The work contract of the person who gives care at home, if they are not a relative.
doc-carer-contract-where = You signed it with the carer. You can also find it on the INPS website.

doc-debt-papers = Papers about debts
doc-debt-papers-what = Loan contracts, letters from the bank, tax bills and other demands for payment.
doc-debt-papers-where = Collect the ones you have at home. The bank can give you a summary.

doc-centre-statement = Statement from the anti-violence centre
doc-centre-statement-what = A paper from the anti-violence centre saying that they support you.
doc-centre-statement-where = Ask the anti-violence centre for it. The 1522 number can put you in touch with one.

doc-birth-certificate = Birth certificate
doc-birth-certificate-what = The document from your country with your place and date of birth, translated and legalised.
doc-birth-certificate-where = Ask for it in your country or at the consulate.

doc-criminal-record = Criminal record certificate from your country
doc-criminal-record-what = The document that says if you have any convictions in your country, translated and legalised.
doc-criminal-record-where = Ask for it in your country or at the consulate.

doc-italian-b1 = B1 Italian certificate
doc-italian-b1-what = The certificate that shows you know Italian at B1 level.
doc-italian-b1-where = Adult schools (CPIA) and some recognised organisations give it.
