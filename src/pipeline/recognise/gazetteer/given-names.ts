// Common given names from many naming traditions: one piece of evidence (never the only test) that a run of
// capitalised words is a person. Kept modest on purpose; month names and words that are mostly something
// else in news ("May", "Will", "Bill", "Chase", "Grant") are left out.

const ENGLISH = `Aaron Adam Alan Albert Alex Alexander Alice Alison Amanda Amy Andrew Andy Angela Ann Anna Anne Anthony
Ashley Barbara Ben Benjamin Beth Betty Bob Bobby Brad Bradley Brandon Brenda Brian Bruce Carl Carol Caroline
Catherine Charles Charlie Chris Christina Christine Christopher Chuck Claire Colin Craig Dan Daniel Danny David Dean
Deborah Dennis Derek Diana Diane Donald Donna Doug Douglas Dustin Ed Edward Elizabeth Emily Emma Eric Erica Erin
Frank Fred Gary Gavin George Gerald Glenn Gordon Greg Gregory Hannah Harold Harry Heather Helen Henry Howard Ian
Jack Jacob Jake James Jamie Jane Janet Jason Jeff Jeffrey Jen Jennifer Jeremy Jerry Jessica Jill Jim Joe Joel John
Jonathan Joseph Josh Joshua Joyce Judith Julia Julie Justin Karen Kate Katherine Kathleen Kathy Keith Kelly Ken
Kenneth Kevin Kim Kimberly Kirsten Kristen Larry Laura Lauren Linda Lisa Liz Lori Louis Lucy Margaret Maria Marie
Mark Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Nancy Nathan Neil Nicholas Nick Nicole Oliver
Pamela Patricia Patrick Paul Peter Philip Phil Rachel Ralph Randy Raymond Rebecca Richard Rick Rob Robert Robin Rod
Roger Ronald Ross Roy Russell Ruth Ryan Sam Samantha Samuel Sandra Sarah Scott Sean Sharon Shawn Simon Stephanie
Stephen Steve Steven Stuart Susan Tara Ted Teresa Terry Thomas Tim Timothy Tina Todd Tom Tony Tracy Victoria Vincent
Walter Wayne William Zach Zachary Rob Rishi Kamala Merrick Lisa Christopher Avril Jen Alejandro Antony Liz Boris`;

const EUROPEAN = `Alain Anders Andrea Andreas Angelika Annalena Antoine Antonio Arne Bernard Bjorn Björn Carlos Carmen Christian
Christophe Claudia Dieter Dirk Emmanuel Enrico Erik Ernst Eva Fabian Federico Felix Florian Francesco Francisco
François Franz Frederik Giorgio Giovanni Giuseppe Gustav Hans Heiko Heinz Helmut Henrik Hugo Ine Ingrid Isabel Jan
Javier Jean Jens Jesús Joachim Johan Johannes Jorge Josep José Josef Juan Julien Jürgen Karl Katja Klaus Lars Laurent
Lorenzo Luca Luis Luigi Magnus Manuel Marco Marcus Margrethe Mario Markus Marta Matteo Mette Michel Miguel Nestor
Nils Olaf Olivier Pablo Paolo Pascal Pedro Per Pierre Rafael Ralf Ricardo Roberto Rolf Rui Sabine Sandro Sebastian
Sergio Sophie Stefan Stefano Sven Thierry Thorsten Tobias Ulrich Ursula Valérie Wolfgang Xavier Yves`;

const SLAVIC = `Aleksandr Aleksandra Aleksei Aleksey Alexei Alexey Anatoliy Anatoly Andrei Andrey Anton Artem Artyom Boris
Dmitri Dmitriy Dmitry Evgeniy Evgeny Fedor Gennady Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maksim Maxim
Mikhail Nikita Nikolai Nikolay Oleg Olga Pavel Petr Roman Ruslan Sergei Sergey Stanislav Svetlana Tatiana Tatyana
Timur Vadim Valentin Valery Vasily Viktor Vitaly Vladimir Vladislav Volodymyr Vyacheslav Yaroslav Yegor Yevgeniy
Yevgeny Yulia Yuliya Yuri Yury Natalia Natalya Natasha Irina Elena Yelena Ekaterina Yekaterina Anastasia
Mariya Ksenia Dariya Denis Danil Daniil Mykhailo Oleksandr Oleksii Serhiy Dmytro Andriy Yuriy Tomasz Piotr Krzysztof
Marek Pawel Jakub Katarzyna Agnieszka Zdenek Jiri Milos Miroslav`;

const MIDDLE_EASTERN = `Abbas Abdul Abdullah Ahmad Ahmed Ali Amir Amin Behzad Ebrahim Farhad Hamid Hassan Hossein Hussein Ibrahim
Javad Karim Khalid Mahmoud Majid Mehdi Mohammad Mohammed Mohamed Mojtaba Mostafa Muhammad Mustafa Nasser Omar Reza
Saeed Sajjad Yousef Youssef Yusuf Fatemeh Fatima Leila Maryam Zahra Benjamin Yair Avi Yossi Naftali Itamar
Recep Mevlut Ayman Bashar Faisal Hamad Khaled Salman Tamim Zayed`;

const SOUTH_ASIAN = `Aditya Amit Anil Arjun Arvind Ashok Deepak Gaurav Imran Narendra Nawaz Rahul Raj Rajesh Rakesh Ravi Sanjay
Shehbaz Sunil Suresh Vikram Vijay Priya Anjali Pooja Sonia Nirmala Subrahmanyam Ajit`;

const EAST_ASIAN = `Shinzo Fumio Yoshihide Taro Hiroshi Kenji Takeshi Yuki Haruki Akira Satoshi Yoshimasa Minh Thanh Huong`;

const AFRICAN_LATIN = `Kwame Kofi Cyril Jacob Uhuru William Olusegun Abiy Nelson Lula Dilma Jair Andrés Claudia Gustavo Alberto
Mauricio Nicolás Sebastián Gabriel Ferdinand Rodrigo Bongbong Joko Prabowo Anwar Mahathir Hun Manet`;

/** Given names, as written (case-sensitive). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [ENGLISH, EUROPEAN, SLAVIC, MIDDLE_EASTERN, SOUTH_ASIAN, EAST_ASIAN, AFRICAN_LATIN].flatMap((list) =>
    list.split(/\s+/).filter(Boolean),
  ),
);

/** Russian, Ukrainian and Belarusian patronymics: "Vladimirovna", "Olegovich", "Ilyich". */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna|inichna|ich)$/u;

/** Surname endings of Slavic names ("Pankratova", "Degtyarenko"): weak evidence, used with other cues only. */
export const SLAVIC_SURNAME = /^\p{Lu}\p{Ll}+(?:ov|ev|ova|eva|in|ina|sky|skiy|skii|skaya|enko|chuk|shin|yan|ych|ko)$/u;
