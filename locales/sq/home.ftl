home-title = Gjeni ndihmën e duhur
home-heading = Gjeni ndihmën e duhur për ju
home-intro = Përgjigjuni disa pyetjeve. Ju tregojmë çfarë ndihme mund të merrni, çfarë të sillni dhe ku të shkoni.
home-step-answer = Përgjigjuni pyetjeve të thjeshta, një nga një.
home-step-learn = Zbuloni cilat ndihma janë për ju dhe pse.
home-step-book = Rezervoni një takim në sportelin më të afërt.
home-reassure = Është falas. Nuk keni nevojë të krijoni llogari. Mund të ktheheni pas dhe t'i ndryshoni përgjigjet kur të doni.

who-legend = Kush ka nevojë për ndihmë?
who-me = Unë
who-other = Një person që unë e ndihmoj

area-legend = Për çfarë kërkoni ndihmë?
start-continue = Vazhdo
start-error-who = Zgjidhni kush ka nevojë për ndihmë.
start-error-area = Zgjidhni për çfarë kërkoni ndihmë.

next-heading = Çfarë ndodh tani

urgent-heading = Jeni në rrezik tani?
urgent-body = Telefononi 112. Për dhunën telefononi 1522: është falas, përgjigjet ditë e natë, edhe në gjuhë të tjera.

home-first-step-heading = Nuk e dini nga t'ia filloni?
home-first-step-body = Rezervoni një takim për një bisedë të parë në Sportelin Social (Sportello Sociale). Tregoni situatën tuaj dhe ju ndihmojnë të kuptoni çfarë të bëni.
home-first-step-link = Gjeni Sportelin Social
