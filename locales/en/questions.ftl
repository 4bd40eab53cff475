answer-yes = Yes
answer-no = No
answer-dont-know = I don't know

unit-years = years
unit-euro = euros
unit-children = children
unit-euro-month = euros a month
unit-people = people
unit-years-count = { $count ->
    [one] year
   *[other] years
  }
unit-euro-count = { $count ->
    [one] euro
   *[other] euros
  }
unit-children-count = { $count ->
    [one] child
   *[other] children
  }
unit-euro-month-count = { $count ->
    [one] euro a month
   *[other] euros a month
  }
unit-people-count = { $count ->
    [one] person
   *[other] people
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] How old are you?
   *[other] How old is the person you help?
  }
q-age-short = Age
q-age-why = Some help is only for people of a certain age.

q-lives-alone = { $who ->
    [me] Do you live alone?
   *[other] Does the person live alone?
  }
q-lives-alone-short = Lives alone

q-daily-help = { $who ->
    [me] What is hard for you to do alone now?
   *[other] What is hard for the person to do alone now?
  }
q-daily-help-short = What is hard
q-daily-help-washing = Washing and dressing
q-daily-help-meals = Cooking and eating
q-daily-help-housework = Cleaning the home
q-daily-help-moving = Moving around the home or going out
q-daily-help-medicines = Taking medicines
q-daily-help-none = None of these

q-alone-risk = { $who ->
    [me] Do you sometimes need help quickly, for example after a fall?
   *[other] Does the person sometimes need help quickly, for example after a fall?
  }
q-alone-risk-short = May need help quickly
q-alone-risk-why = People who live alone can have a device to call for help with one button.

q-invalidity = { $who ->
    [me] Do you have a recognised civil invalidity?
   *[other] Does the person have a recognised civil invalidity?
  }
q-invalidity-short = Civil invalidity
q-invalidity-100-attendance = { $who ->
    [me] Yes, 100%, and I get the attendance allowance
   *[other] Yes, 100%, and they get the attendance allowance
  }
q-invalidity-100 = Yes, 100%, without the attendance allowance
q-invalidity-74-99 = Yes, from 74% to 99%
q-invalidity-46-73 = Yes, from 46% to 73%
q-invalidity-34-45 = Yes, from 34% to 45%
q-invalidity-pending = { $who ->
    [me] I applied and am waiting for the answer
   *[other] They applied and are waiting for the answer
  }
q-invalidity-no = No
q-invalidity-term-title = What does civil invalidity mean?
q-invalidity-term = It is the official recognition that an illness limits daily life. An INPS medical board decides it and writes it as a percentage in its report. It gives a right to help and money.

q-carer = { $who ->
    [me] Does a relative or a paid carer look after you at home?
   *[other] Do you, a relative or a paid carer look after the person at home?
  }
q-carer-short = Someone looks after them at home

q-has-isee = { $who ->
    [me] Do you have a valid ISEE for this year?
   *[other] Does the person's family have a valid ISEE for this year?
  }
q-has-isee-short = ISEE
q-has-isee-why = A lot of help depends on the ISEE. If you do not have one, we tell you where to get it for free.
q-has-isee-term-title = What is the ISEE?
q-has-isee-term = It is a number that measures what a family has: income, home, savings. CAF offices do it for free. It is valid until 31 December.

q-isee = { $who ->
    [me] How much is your ISEE?
   *[other] How much is the person's ISEE?
  }
q-isee-short = ISEE value

q-law-104 = { $who ->
    [me] Do you have a recognition under Law 104?
   *[other] Does the person have a recognition under Law 104?
  }
q-law-104-short = Law 104
q-law-104-term-title = What is Law 104?
q-law-104-severe = Yes, with severe disability (article 3, paragraph 3)
q-law-104-term = It is the law on people with disabilities. With the recognition you get leave from work and other help. The report says if the disability is severe.

q-disability-needs = { $who ->
    [me] What do you need help with?
   *[other] What does the person need help with?
  }
q-disability-needs-short = Help needed
q-disability-needs-daily-care = Daily care, also during the day outside the home
q-disability-needs-transport = Transport, for example to appointments or to a centre
q-disability-needs-parking = Parking close to where they go
q-disability-needs-work = Finding or keeping a job
q-disability-needs-school = Going to school
q-disability-needs-none = None of these

q-children = { $who ->
    [me] How many children under 21 live with you?
   *[other] How many children under 21 live with the person?
  }
q-children-short = Children under 21
q-children-why = There is help for every child. If there are no children, write 0.

q-children-ages = { $who ->
    [me] How old are your children? Choose all the ages that apply.
   *[other] How old are the person's children? Choose all the ages that apply.
  }
q-children-ages-short = Children's ages
q-children-ages-under-1 = Under 1 year
q-children-ages-1-2 = 1 or 2 years (nursery)
q-children-ages-3-5 = 3 to 5 years (pre-school)
q-children-ages-6-10 = 6 to 10 years (primary school)
q-children-ages-11-13 = 11 to 13 years (middle school)
q-children-ages-14-18 = 14 to 18 years (high school)
q-children-ages-19-20 = 19 or 20 years

q-newborn = { $who ->
    [me] Was the baby born, or did they join your family, in the last 6 months?
   *[other] Was the baby born, or did they join the person's family, in the last 6 months?
  }
q-newborn-short = Baby born in the last 6 months
q-newborn-why = For some help you must apply within a few months of the birth or adoption.

q-pregnant = { $who ->
    [me] Are you expecting a baby?
   *[other] Is the person expecting a baby?
  }
q-pregnant-short = Expecting a baby

q-family-needs = { $who ->
    [me] What help do you need with your children?
   *[other] What help does the person need with the children?
  }
q-family-needs-short = Help with children
q-family-needs-childcare = Someone to look after small children
q-family-needs-parenting = Advice or support as a parent
q-family-needs-none = None of these

q-work-status = { $who ->
    [me] Do you work now?
   *[other] Does the person work now?
  }
q-work-status-short = Work
q-work-status-employed = { $who ->
    [me] Yes, I work
   *[other] Yes, they work
  }
q-work-status-lost-job = { $who ->
    [me] I lost my job recently
   *[other] They lost their job recently
  }
q-work-status-unemployed = { $who ->
    [me] I have not worked for a long time
   *[other] They have not worked for a long time
  }
q-work-status-retired = { $who ->
    [me] I am retired
   *[other] They are retired
  }
q-work-status-student = { $who ->
    [me] I study
   *[other] They study
  }

q-job-lost-involuntary = { $who ->
    [me] Did your job end without you wanting it?
   *[other] Did the person's job end without them wanting it?
  }
q-job-lost-involuntary-short = Job ended involuntarily
q-job-lost-involuntary-why = For example a dismissal or a contract that ended. People who resign usually do not get NASpI.

q-household = { $who ->
    [me] Who lives with you?
   *[other] Who lives with the person?
  }
q-household-short = The household includes
q-household-minor = A child under 18
q-household-disabled = A person with a disability
q-household-over-60 = A person over 60
q-household-none = None of these
q-household-why = The Inclusion Allowance is for households with these people. The age of the person asking for help also counts.

q-food = { $who ->
    [me] Do you have enough food for the next few days?
   *[other] Does the person have enough food for the next few days?
  }
q-food-short = Food for the next days

q-bills = { $who ->
    [me] Is it hard to pay the electricity, gas or water bills?
   *[other] Is it hard for the person to pay the electricity, gas or water bills?
  }
q-bills-short = Trouble with bills

q-housing-situation = { $who ->
    [me] Where do you live now?
   *[other] Where does the person live now?
  }
q-housing-situation-short = Where they live
q-housing-situation-rent = In a rented home
q-housing-situation-own = In a home we own
q-housing-situation-guest = As a guest of friends or relatives
q-housing-situation-no-home = { $who ->
    [me] I have no home
   *[other] They have no home
  }

q-sleep-tonight = { $who ->
    [me] Do you have a safe place to sleep tonight?
   *[other] Does the person have a safe place to sleep tonight?
  }
q-sleep-tonight-short = Place to sleep tonight

q-eviction = { $who ->
    [me] Have you received an eviction notice?
   *[other] Has the person received an eviction notice?
  }
q-eviction-short = Eviction
q-eviction-term-title = What is an eviction?
q-eviction-term = It is the order of a judge to leave a rented home. It usually comes after months of unpaid rent.

q-rent-arrears = { $who ->
    [me] Are you behind with the rent?
   *[other] Is the person behind with the rent?
  }
q-rent-arrears-short = Behind with the rent

q-has-doctor = { $who ->
    [me] Do you have a family doctor?
   *[other] Does the person have a family doctor?
  }
q-has-doctor-short = Family doctor

q-citizenship = { $who ->
    [me] What citizenship do you have?
   *[other] What citizenship does the person have?
  }
q-citizenship-short = Citizenship
q-citizenship-italian = Italy
q-citizenship-eu = Another country of the European Union
q-citizenship-non-eu = A country outside the European Union
q-citizenship-why = For citizens of countries outside the European Union some rules are different.

q-permit = { $who ->
    [me] Do you have a residence permit?
   *[other] Does the person have a residence permit?
  }
q-permit-short = Residence permit
q-permit-valid = Yes, valid
q-permit-long-term = Yes, a long-term permit (it does not expire)
q-permit-refugee = Yes, as a refugee (refugee status)
q-permit-subsidiary = Yes, for subsidiary protection
q-permit-asylum-seeker = { $who ->
    [me] I asked for asylum and am waiting for the answer
   *[other] They asked for asylum and are waiting for the answer
  }
q-permit-receipt = { $who ->
    [me] I applied to renew it and have the receipt
   *[other] They applied to renew it and have the receipt
  }
q-permit-expiring = Yes, but it expires within 2 months
q-permit-expired = Yes, but it has expired
q-permit-none = No
q-permit-term-title = What is a residence permit?
q-permit-term = It is the document that lets people from outside the European Union stay in Italy. The police headquarters (Questura) issues it. The receipt of the renewal application counts as the permit.

q-health-needs = { $who ->
    [me] What do you need for your health?
   *[other] What does the person need for their health?
  }
q-health-needs-short = Health needs
q-health-needs-home-care = Care at home, for example a nurse
q-health-needs-mental-health = Help with anxiety, sadness or other mental health problems
q-health-needs-addiction = Help with alcohol, drugs or gambling
q-health-needs-pregnancy = Pregnancy, contraception or women's health
q-health-needs-none = None of these

q-years-italy = { $who ->
    [me] How many years have you lived in Italy?
   *[other] How many years has the person lived in Italy?
  }
q-years-italy-short = Years in Italy
q-years-italy-why = Some help is only for people who have lived in Italy for a certain number of years. After 5 years you can ask for a permit that does not expire.

q-family-abroad = { $who ->
    [me] Do you want your family to come to Italy?
   *[other] Does the person want their family to come to Italy?
  }
q-family-abroad-short = Family to bring over

q-italian-level = { $who ->
    [me] How well do you speak Italian?
   *[other] How well does the person speak Italian?
  }
q-italian-level-short = Italian
q-italian-level-none = Not at all
q-italian-level-basic = A little
q-italian-level-good = Well

q-danger-now = { $who ->
    [me] Are you in danger now?
   *[other] Is the person in danger now?
  }
q-danger-now-short = In danger now

q-safe-place = { $who ->
    [me] Do you have a safe place to go if you need to leave home?
   *[other] Does the person have a safe place to go if they need to leave home?
  }
q-safe-place-short = Safe place to go

q-children-involved = { $who ->
    [me] Are there children who see or live this violence?
   *[other] Are there children who see or live this violence?
  }
q-children-involved-short = Children involved

q-needs-constant-care = { $who ->
    [me] Do you need someone near you all day, or at night too?
   *[other] Does the person need someone near them all day, or at night too?
  }
q-needs-constant-care-short = Needs someone near all the time
q-needs-constant-care-why = People who cannot be left alone can get more help, in money and in care.

q-manages-money = { $who ->
    [me] Can you manage money and papers without help, like the bank and the bills?
   *[other] Can the person manage money and papers without help, like the bank and the bills?
  }
q-manages-money-short = Manages money and papers
q-manages-money-why = If a person can no longer do this, a judge can name someone to help them.

q-municipality = { $who ->
    [me] Which town do you live in?
   *[other] Which town does the person live in?
  }
q-municipality-short = Town where they live
q-municipality-why = Each town helps the people who live there. We will show you your own town's desk first.
q-municipality-other = Another town, not on this list

q-resident = { $who ->
    [me] Are you a registered resident of the town where you live?
   *[other] Is the person a registered resident of the town where they live?
  }
q-resident-short = Residence in the town
q-resident-why = A lot of the town's help is only for people who are registered residents there.
q-resident-term-title = What is registered residence?
q-resident-term = It means being on the register (anagrafe) of the town where you live. You ask for it at the registry office. People without a home can get it too.

q-monthly-income = { $who ->
    [me] How much money do you get each month, in total?
   *[other] How much money does the person get each month, in total?
  }
q-monthly-income-short = Income per month
q-monthly-income-why = Count the pension and all other income. People with little money can get help from INPS.

q-household-size = { $who ->
    [me] How many people live in your home, including you?
   *[other] How many people live in the home, including the person?
  }
q-household-size-short = People in the home
q-household-size-why = Some help is for families of at least 3 people.

q-debts = { $who ->
    [me] Do you have debts that you can no longer pay?
   *[other] Does the person have debts that they can no longer pay?
  }
q-debts-short = Debts they cannot pay

q-needs-money = { $who ->
    [me] Do you need money to live on your own?
   *[other] Does the person need money to live on their own?
  }
q-needs-money-short = Needs money to start again
q-needs-money-why = There is money help for people who leave violence and want to start again.
