/**
 * Given names that open a person's name in German and English news, with
 * their usual gender ('m', 'f'). A capitalised word after one of them is a
 * surname ("Anna Fischer", "Hans Peter Doskozil"); the gender lets "er"/"sie"
 * find the right antecedent. Deliberately left out: given names that are
 * also common capitalised words or months in German ("August", "Ernst" at a
 * sentence start is the adjective, "Mark" the old currency is kept but never
 * after a number).
 */

const MALE =
  'Aaron Achim Adam Adolf Adrian Ahmed Alain Alan Albert Albin Alessandro Alex Alexander Alexandre Alexej Alfons Alfred Alfredo Ali Alois Alexis ' +
  'Andi Andrea Andreas Andrej Andrew Andrzej Angelo Anton Antonio Antony Armin Arnold Arnulf Arthur Artur Attila August ' +
  'Barack Bart Bastian Ben Benedikt Benjamin Benno Bernd Bernhard Bill Björn Bob Bodo Boris Bruno Burkhard ' +
  'Carl Carlos Carsten Cem Charles Chris Christian Christoph Christopher Claus Clemens Conrad Constantin Cornelius Cristiano Curt ' +
  'Dalibor Damian Daniel Dave David Denis Dennis Detlef Dieter Dietmar Dietrich Dimitri Dmitri Dmitrij Dmitry Dominik Dominique Donald Dragan ' +
  'Eckart Edgar Edmund Eduard Edward Egon Elmar Emil Emmanuel Enrico Erhard Eric Erich Erik Ernst Erwin Eugen Ewald ' +
  'Fabian Felix Ferdinand Florian Francesco Francis Francois François Frank Franz Fred Friedrich Fritz ' +
  'Georg George Gerald Gerhard Gernot Gerold Gert Gianni Giorgio Giovanni Gottfried Gregor Günter Günther Guido Gustav ' +
  'Hannes Hans Harald Harry Hartmut Hasan Hassan Heiko Heiner Heinrich Heinz Helmut Helmuth Henning Henri Henrik Henry Herbert Hermann Holger Horst Hubert Hugo ' +
  'Ibrahim Igor Ingo Ivan Iwan ' +
  'Jack Jacques Jakob James Jan Janos Jaroslaw Jarosław Javier Jean Jeff Jens Jeremy Jerzy Jim Jimmy Joachim Joe Johann Johannes John Jonas Jonathan Jordan Jörg Jorge José Josef Joseph Jürgen Julian Julius Justin ' +
  'Kai Karl Karlheinz Kaspar Kevin Klaus Konrad Konstantin Kurt ' +
  'Lars Laurent Leo Leon Leonhard Leopold Lorenz Lothar Louis Luca Lucas Ludwig Luigi Lukas Luis Lutz ' +
  'Manfred Manuel Marc Marcel Marco Marcus Mario Marius Mark Markus Martin Massimo Mathias Matteo Matthew Matthias Max Maximilian Mehmet Michael Michail Michel Miguel Mike Mikhail Milan Mohammed Moritz Muhammad ' +
  'Nicolas Niklas Nikola Nikolai Nikolaus Nils Norbert ' +
  'Olaf Oliver Omar Oskar Oscar Otto ' +
  'Pablo Paolo Pascal Patrick Paul Pavel Pawel Pedro Peter Philip Philipp Pierre Piotr ' +
  'Rafael Rainer Ralf Ralph Ramon Raphael Reinhard Reinhold Rene René Richard Robert Roberto Roland Rolf Roman Ronald Rudolf Rudi Rupert Rüdiger ' +
  'Sami Samuel Sascha Sebastian Sebastien Sébastien Sergej Sergei Sergey Siegfried Sigmar Simon Stefan Steffen Stephan Stephen Steve Steven Sven ' +
  'Theo Theodor Thilo Thomas Thorsten Tibor Tim Timo Tobias Tom Tomas Tomasz Toni Tony Torsten ' +
  'Udo Ulf Ulrich Uwe ' +
  'Valentin Viktor Vincent Vitali Vladimir Volker ' +
  'Waleri Walter Werner Wilfried Wilhelm Will William Willi Winfried Witali Wladimir Wolfgang Wolodymyr ' +
  'Xaver Yves Yusuf Zoran ' +
  // Central and Eastern European names often in the news (Polish, Czech, Slovak, Hungarian, Balkan)
  'Bronisław Czesław Grzegorz Jacek Janusz Jarosław Krzysztof Lech Łukasz Lukasz Mateusz Paweł Radosław Tadeusz Wojciech Zbigniew ' +
  // English, Romance, Greek, Turkish, Arabic, Hebrew and Asian given names of politicians and executives in the news
  'Matt Jeffrey Greg Gregory Ryan Brian Sean Jason Scott Todd Larry Gary Jerry Ron Josh Joshua Nick Nicholas Barry Bernie Mitt Ted Mitch Elon Travis Evan Nigel Gordon Keir Rishi Dominic Niki ' +
  'Mariano Juan Jose Diego Fernando Silvio Sergio Giuseppe Yanis Jeroen Geert Anders Frans Valdis Dimitris ' +
  'Recep Ahmet Mevlüt Binali Mohamed Abdel Bashar Hosni Ehud Shimon Yitzhak Mahmud Mahmoud Narendra Shinzo Sundar Satya ' +
  'Bohuslav Jiří Jiri Karel Miloš Milos Miroslav Václav Vaclav Ladislav Zdeněk Gyula Ferenc Zoltán Zoltan Béla Janez Borut Aleksandar Aleksander Milorad Slobodan Vojislav';

const FEMALE =
  'Adriana Agnes Alexandra Alice Alina Amelie Ana Andrea Angela Angelika Anita Anja Anke Ann Anna Anne Annette Antje Antonia ' +
  'Barbara Beate Beatrix Bettina Birgit Brigitte Britta ' +
  'Carina Carmen Carola Caroline Catherine Cecilia Charlotte Christa Christiane Christina Christine Claudia Cornelia ' +
  'Dagmar Daniela Diana Doris Dorothea ' +
  'Edith Elena Elfriede Elisabeth Elise Elke Ellen Emily Emma Erika Esther Eva Evelyn ' +
  'Franziska Frauke Friederike ' +
  'Gabi Gabriele Gerda Gertrude Gisela Gudrun ' +
  'Hanna Hannah Heidi Heike Helga Helene Hilary Hillary ' +
  'Ilse Ines Ingrid Irene Iris Irmgard Isabel Isabella ' +
  'Jana Jane Janine Jennifer Jessica Johanna Judith Julia Julie Juliane Jutta ' +
  'Karin Katarina Katharina Kathrin Katja Katrin Kerstin Kim Klara Claire Kristina ' +
  'Laura Lea Lena Lisa Luise Lydia ' +
  'Magdalena Maja Manuela Margarete Margit Maria Marianne Marie Marina Marion Marlene Martha Martina Mary Melanie Michaela Monika ' +
  'Nadine Nadja Natalia Natalie Nicole Nina Nora ' +
  'Olga ' +
  'Pamela Patricia Paula Petra ' +
  'Regina Renate Rita Rosa Ruth ' +
  'Sabine Sabrina Sandra Sara Sarah Silvia Simone Sonja Sophie Stefanie Stephanie Susanne Svenja Sylvia ' +
  'Tanja Teresa Theresa Theresia Ulla Ulrike Ursula Uta Ute ' +
  'Valerie Vera Verena Veronika Viktoria ' +
  'Waltraud Yvonne ' +
  'Susan Nancy Kamala Kathleen Elizabeth Margaret Ségolène Erna Marissa Sheryl Arianna Liz Federica Margrethe Annalena Sahra ' +
  'Agnieszka Beata Ewa Jadwiga Katarzyna Małgorzata Malgorzata Danuta Dana Zuzana Jana Kolinda';

/** Given name → gender. Names used for both keep the first list's value ("Andrea": Italian male, German female → unknown). */
export const GIVEN_NAMES = new Map<string, 'm' | 'f' | ''>();
for (const n of MALE.split(' ')) if (n) GIVEN_NAMES.set(n, 'm');
for (const n of FEMALE.split(' ')) if (n) GIVEN_NAMES.set(n, GIVEN_NAMES.has(n) ? '' : 'f');
// a month, not a name, in German news
GIVEN_NAMES.delete('August');
// also a Korean surname ("Kim Yong-hyun"), and names given to both
for (const n of ['Kim', 'Andrea', 'Toni', 'Jordan', 'Dominique', 'Doris', 'Nicola']) GIVEN_NAMES.set(n, '');

/** Upper-case letters as `latin()` spells \p{Lu} (see latin.ts). */
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17f) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x400 && c <= 0x42f);
}

/** The characters of the regex class `\s`. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Offsets of the initials that shorten a name ("Hasan E.", "Husam M.", as courts and police reports write them):
 * a space, a capital and a dot before white space, ",", ";", ":" or ")" — the matches of
 * `latin(/ (\p{Lu})\.(?=[\s,;:)])/gu)`, each three characters long. Found from the dots of the text (indexOf), not
 * by a regex tried at every character.
 */
export function initialTails(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = text.indexOf('.', 2); i >= 0 && i + 1 < n; i = text.indexOf('.', i + 1)) {
    if (text.charCodeAt(i - 2) !== 32 || !isUpperCode(text.charCodeAt(i - 1))) continue;
    const c = text.charCodeAt(i + 1);
    if (isSpaceCode(c) || c === 44 || c === 59 || c === 58 || c === 41) out.push(i - 2);
  }
  return out;
}
