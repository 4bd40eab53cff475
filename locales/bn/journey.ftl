next-body = এখন আমরা আপনাকে কয়েকটি সহজ প্রশ্ন করব, একবারে একটি করে। আপনি সবসময় পেছনে ফিরে যেতে পারেন।
start-questions = প্রশ্ন শুরু করুন

question-progress = প্রশ্ন { $current }, মোট { $total }টির মধ্যে
back = পেছনে
continue-link = চালিয়ে যান
why-we-ask = আমরা কেন এটি জিজ্ঞেস করছি
municipality-choose = পৌরসভা (Comune) বেছে নিন
choose-all-that-apply = যতগুলো উত্তর ঠিক, সবগুলো বেছে নিন।
title-neutral-question = প্রশ্ন
title-neutral-results = তথ্য

error-missing = একটি উত্তর বেছে নিন বা লিখুন।
error-not-an-option = তালিকার উত্তরগুলোর মধ্যে একটি বেছে নিন।
error-not-a-number = একটি সংখ্যা লিখুন, যেমন 12।
error-too-small = সংখ্যাটি কমপক্ষে { $min } হতে হবে।
error-too-large = সংখ্যাটি সর্বোচ্চ { $max } হতে পারে।
error-unknown-municipality = তালিকা থেকে একটি পৌরসভা বেছে নিন।

quick-exit = এখনই এই পাতা থেকে বের হয়ে যান
quick-exit-hint = অথবা Shift (Maiusc) কী 3 বার চাপুন।
read-aloud = জোরে পড়ে শোনান
read-aloud-stop = পড়া থামান

check-title = উত্তরগুলো মিলিয়ে দেখুন
check-intro = কিছু ভুল থাকলে “বদলান” চাপুন।
check-see-results = ফলাফল দেখুন

results-title = আপনার জন্য সাহায্য
results-intro = { $who ->
    [me] আপনার উত্তরের ভিত্তিতে, এই সাহায্যগুলো আপনার জন্য উপযুক্ত।
   *[other] উত্তরের ভিত্তিতে, এই সাহায্যগুলো আপনি যাঁকে সাহায্য করছেন, তাঁর জন্য উপযুক্ত।
  }
results-fits-heading = { $who ->
    [me] আপনার জন্য উপযুক্ত সাহায্য
   *[other] ব্যক্তিটির জন্য উপযুক্ত সাহায্য
  }
results-may-heading = যে সাহায্যের কথা ডেস্কে জিজ্ঞেস করবেন
results-may-intro = { $who ->
    [me] এগুলো হয়তো আপনার জন্য উপযুক্ত। আপনি যা জানতেন না, ডেস্কের কর্মীরা তা যাচাই করে দেখতে পারবেন।
   *[other] এগুলো হয়তো ব্যক্তিটির জন্য উপযুক্ত। আপনি যা জানতেন না, ডেস্কের কর্মীরা তা যাচাই করে দেখতে পারবেন।
  }
results-not-heading = { $who ->
    [me] যে সাহায্য আপনার জন্য উপযুক্ত নয়, এবং কেন
   *[other] যে সাহায্য ব্যক্তিটির জন্য উপযুক্ত নয়, এবং কেন
  }
results-none-fit = এই উত্তরগুলোর সাথে কোনো সাহায্য পুরোপুরি মেলে না। এর মানে “না” নয়: সমাজসেবা ডেস্কে (Sportello Sociale) একটি সাক্ষাৎ দিয়ে শুরু করুন।
results-urgent-heading = এখনই কোথায় সাহায্য পাবেন
results-always-heading = সমাজসেবা ডেস্ক সবসময় আছে
results-always-intro = কোথা থেকে শুরু করবেন জানেন না, বা উত্তর নিয়ে সন্দেহ আছে? ডেস্কের কর্মীরা আপনার কথা শোনেন এবং বুঝতে সাহায্য করেন। এই সাহায্যগুলো সবার জন্য।
results-pua-route = এই আবেদন একক প্রবেশ কেন্দ্রের (Porta Unica di Accesso, PUA) মাধ্যমে যায়। একজন ডাক্তার ও একজন সমাজকর্মী একসাথে মূল্যায়ন করেন (UVM), প্রায়ই বাড়িতে এসে। তারপর আপনাদের সাথে মিলে সেবার পরিকল্পনা ঠিক করেন।
results-law = নিয়ম: { $law }। যাচাইয়ের তারিখ: { $checked }।
checklist-pua-note = PUA-র মূল্যায়নের জন্য ডাক্তারের সার্টিফিকেট এবং আপনি যে ওষুধগুলো খান, সেগুলোও সঙ্গে আনুন।
results-ask-at-desk = ডেস্কে জিজ্ঞেস করুন:
results-you-said = (আপনার উত্তর: { $answers })
results-always-why = এটি সবার জন্য।
results-why-fits = { $who ->
    [me] কেন এটি আপনার জন্য উপযুক্ত
   *[other] কেন এটি ব্যক্তিটির জন্য উপযুক্ত
  }
results-why-not = { $who ->
    [me] কেন এটি আপনার জন্য উপযুক্ত নয়
   *[other] কেন এটি ব্যক্তিটির জন্য উপযুক্ত নয়
  }
results-for-whom = কাদের জন্য
results-what-to-bring = কী সঙ্গে আনবেন
results-no-documents = কোনো কাগজপত্র লাগে না।
results-who-provides = কে দেয়
results-how-long = কত সময় লাগে
results-official-page = সরকারি পাতা
results-next-heading = এরপর কী
results-change-answers = উত্তর বদলান
results-print = প্রিন্ট করার সংস্করণ
results-start-again = আবার শুরু থেকে করুন

results-elsewhere-heading = আরও যে সাহায্য কাজে লাগতে পারে
results-elsewhere-intro = উত্তরের ভিত্তিতে, এই সাহায্যগুলোও কাজে লাগতে পারে। আর অল্প কয়েকটি প্রশ্নই যথেষ্ট: আগের উত্তরগুলো থেকে যাবে।
results-elsewhere-fits = দেওয়া উত্তরের সাথে মেলে
results-elsewhere-may = যাচাই করতে হবে
results-elsewhere-continue = { $count ->
    [0] এই সাহায্যগুলো দেখুন
    [one] আর 1টি প্রশ্নের উত্তর দিন
   *[other] আর { $count }টি প্রশ্নের উত্তর দিন
  }

checklist-heading = যে কাগজপত্র সঙ্গে আনতে হবে
checklist-intro = যা আপনার কাছে আগে থেকেই আছে, তাতে টিক দিন। তাহলে বুঝবেন কী কী বাকি আছে।
checklist-save = তালিকাটি সংরক্ষণ করুন
