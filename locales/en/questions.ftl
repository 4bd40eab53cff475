answer-yes = Yes
answer-no = No
answer-dont-know = I don't know

unit-years = years
unit-euro = euros
unit-children = children

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
q-invalidity-full = Yes, 100%
q-invalidity-partial = Yes, less than 100%
q-invalidity-pending = I applied and am waiting for the answer
q-invalidity-no = No
q-invalidity-term-title = What does civil invalidity mean?
q-invalidity-term = It is the official recognition that an illness limits daily life. An INPS medical board decides it. It gives a right to help and money.

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
q-law-104-term = It is the law on people with disabilities. With the recognition you get leave from work and other help.

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

q-youngest = { $who ->
    [me] How old is your youngest child?
   *[other] How old is the person's youngest child?
  }
q-youngest-short = Youngest child
q-youngest-under-3 = Under 3
q-youngest-3-5 = 3 to 5
q-youngest-6-13 = 6 to 13
q-youngest-14-17 = 14 to 17
q-youngest-18-20 = 18 to 20

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
q-family-needs-school-costs = Paying for school, school meals or books
q-family-needs-parenting = Advice or support as a parent
q-family-needs-none = None of these

q-work-status = { $who ->
    [me] Do you work now?
   *[other] Does the person work now?
  }
q-work-status-short = Work
q-work-status-employed = Yes, I work
q-work-status-lost-job = I lost my job recently
q-work-status-unemployed = I have not worked for a long time
q-work-status-retired = I am retired
q-work-status-student = I study

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
q-household-why = The Inclusion Allowance is for households with these people. The person answering counts too.

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
q-housing-situation-no-home = I have no home

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
    [me] Which country are you a citizen of?
   *[other] Which country is the person a citizen of?
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
q-permit-expiring = Yes, but it expires within 2 months
q-permit-expired = Yes, but it has expired
q-permit-none = No
q-permit-asylum = I asked for asylum (protection)
q-permit-term-title = What is a residence permit?
q-permit-term = It is the document that lets people from outside the European Union stay in Italy. The police headquarters (Questura) issues it.

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
q-years-italy-why = After 5 years you can ask for a permit that does not expire.

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
