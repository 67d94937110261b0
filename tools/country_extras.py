"""Hand-kept country aliases the CLDR names lack: demonyms and seats of government.

One line per ISO 3166 alpha-2 code: ``CODE|demonyms, comma separated|capitals|other names``.
Capitals are kept because news uses them as metonyms for governments ("Beijing said"). A state's former names are
its own (Zaire, Kampuchea, Rhodesia, Dahomey, Upper Volta, West Germany), and the Soviet Union is Russia, its
continuator, as CAMEO coders (and the PLOVER gold) code it; federations that split into equals (Yugoslavia,
Czechoslovakia) are left out.
"""

TABLE = """
AF|Afghan|Kabul|
AL|Albanian|Tirana|
DZ|Algerian|Algiers|
AD|Andorran|Andorra la Vella|
AO|Angolan|Luanda|
AG|Antiguan|St. John's|
AR|Argentine,Argentinian|Buenos Aires|
AM|Armenian|Yerevan|
AU|Australian|Canberra|
AT|Austrian|Vienna|
AZ|Azerbaijani,Azeri|Baku|
BS|Bahamian|Nassau|the Bahamas
BH|Bahraini|Manama|
BD|Bangladeshi|Dhaka|
BB|Barbadian|Bridgetown|
BY|Belarusian,Belarusan|Minsk|Belorussia
BE|Belgian||
BZ|Belizean|Belmopan|
BJ|Beninese|Porto-Novo|Dahomey
BT|Bhutanese|Thimphu|
BO|Bolivian|La Paz,Sucre|
BA|Bosnian|Sarajevo|Bosnia,Bosnia-Herzegovina,Bosnia and Hercegovina
BW|Botswanan,Motswana|Gaborone|
BR|Brazilian|Brasilia,Brasília|
BN|Bruneian|Bandar Seri Begawan|
BG|Bulgarian|Sofia|
BF|Burkinabe|Ouagadougou|Upper Volta
BI|Burundian|Gitega|
KH|Cambodian,Kampuchean|Phnom Penh|Kampuchea,Democratic Kampuchea
CM|Cameroonian|Yaounde,Yaoundé|
CA|Canadian|Ottawa|
CV|Cape Verdean|Praia|Cape Verde
CF|Central African|Bangui|CAR
TD|Chadian|N'Djamena|
CL|Chilean|Santiago|
CN|Chinese|Beijing,Peking|People's Republic of China,PRC,Mainland China
CO|Colombian|Bogota,Bogotá|
KM|Comoran,Comorian|Moroni|
CG|Congolese|Brazzaville|Republic of the Congo,Congo-Brazzaville
CD|Zairean,Zairian|Kinshasa|Democratic Republic of the Congo,DR Congo,DRC,Congo-Kinshasa,Zaire
CR|Costa Rican|San Jose|
CI|Ivorian|Yamoussoukro,Abidjan|Ivory Coast,Cote d'Ivoire
HR|Croatian,Croat|Zagreb|
CU|Cuban|Havana|
CY|Cypriot|Nicosia|
CZ|Czech|Prague|Czech Republic,Czechia
DK|Danish,Dane|Copenhagen|
DJ|Djiboutian||
DM|Dominican||
DO||Santo Domingo|Dominican Republic
EC|Ecuadorian,Ecuadoran|Quito|
EG|Egyptian|Cairo|
SV|Salvadoran,Salvadorean|San Salvador|
GQ|Equatorial Guinean,Equatoguinean|Malabo|
ER|Eritrean|Asmara|
EE|Estonian|Tallinn|
SZ|Swazi|Mbabane|Swaziland
ET|Ethiopian|Addis Ababa|
FJ|Fijian|Suva|
FI|Finnish,Finn|Helsinki|
FR|French|Paris,Elysee,Élysée|
GA|Gabonese|Libreville|
GM|Gambian|Banjul|the Gambia
GE|Georgian|Tbilisi|
DE|German,West German,East German|Berlin|Federal Republic of Germany,West Germany,East Germany
GH|Ghanaian|Accra|
GR|Greek|Athens|Hellenic Republic
GD|Grenadian|St. George's|
GT|Guatemalan|Guatemala City|
GN|Guinean|Conakry|
GW|Bissau-Guinean|Bissau|
GY|Guyanese|Georgetown|
HT|Haitian|Port-au-Prince|
HN|Honduran|Tegucigalpa|
HU|Hungarian|Budapest|
IS|Icelandic,Icelander|Reykjavik|
IN|Indian|New Delhi|
ID|Indonesian|Jakarta|
IR|Iranian|Tehran,Teheran|Persia,Islamic Republic of Iran
IQ|Iraqi|Baghdad|
IE|Irish|Dublin|Eire
IL|Israeli|Jerusalem|
IT|Italian|Rome|
JM|Jamaican|Kingston|
JP|Japanese|Tokyo|
JO|Jordanian|Amman|
KZ|Kazakh,Kazakhstani|Astana|
KE|Kenyan|Nairobi|
KI|I-Kiribati|Tarawa|
KP|North Korean|Pyongyang|DPRK,Democratic People's Republic of Korea
KR|South Korean|Seoul|ROK,Republic of Korea
KW|Kuwaiti|Kuwait City|
KG|Kyrgyz,Kirghiz|Bishkek|Kirghizia
LA|Lao,Laotian|Vientiane|
LV|Latvian|Riga|
LB|Lebanese|Beirut|
LS|Basotho,Lesothan|Maseru|
LR|Liberian|Monrovia|
LY|Libyan|Tripoli|
LI|Liechtensteiner|Vaduz|
LT|Lithuanian|Vilnius|
LU|Luxembourgish,Luxembourger||
MG|Malagasy,Madagascan|Antananarivo|
MW|Malawian|Lilongwe|
MY|Malaysian|Kuala Lumpur,Putrajaya|
MV|Maldivian||
ML|Malian|Bamako|
MT|Maltese|Valletta|
MH|Marshallese|Majuro|
MR|Mauritanian|Nouakchott|
MU|Mauritian|Port Louis|
MX|Mexican|Mexico City|
FM|Micronesian|Palikir|
MD|Moldovan|Chisinau,Chișinău|
MC|Monegasque||
MN|Mongolian|Ulaanbaatar,Ulan Bator|
ME|Montenegrin|Podgorica|
MA|Moroccan|Rabat|
MZ|Mozambican|Maputo|
MM|Burmese|Naypyidaw,Yangon,Rangoon|Burma
NA|Namibian|Windhoek|
NR|Nauruan||
NP|Nepali,Nepalese|Kathmandu|
NL|Dutch|Amsterdam,The Hague|Holland
NZ|New Zealander|Wellington|
NI|Nicaraguan|Managua|
NE|Nigerien|Niamey|
NG|Nigerian|Abuja|
MK|Macedonian|Skopje|Macedonia,FYROM
NO|Norwegian|Oslo|
OM|Omani|Muscat|
PK|Pakistani|Islamabad|
PW|Palauan|Ngerulmud|
PS|Palestinian|Ramallah|Palestine,Palestinian territories,Palestinian Authority
PA|Panamanian|Panama City|
PG|Papua New Guinean|Port Moresby|
PY|Paraguayan|Asuncion,Asunción|
PE|Peruvian|Lima|
PH|Filipino,Philippine|Manila|
PL|Polish,Pole|Warsaw|
PT|Portuguese|Lisbon|
QA|Qatari|Doha|
RO|Romanian|Bucharest|Rumania
RU|Russian,Soviet|Moscow,Kremlin|Russian Federation,Soviet Union,USSR,U.S.S.R.
RW|Rwandan|Kigali|
KN|Kittitian,Nevisian|Basseterre|
LC|Saint Lucian|Castries|
VC|Vincentian|Kingstown|
WS|Samoan|Apia|
SM|Sammarinese||
ST|Santomean|Sao Tome|
SA|Saudi,Saudi Arabian|Riyadh|
SN|Senegalese|Dakar|
RS|Serbian,Serb|Belgrade|
SC|Seychellois||
SL|Sierra Leonean|Freetown|
SG|Singaporean||
SK|Slovak,Slovakian|Bratislava|Slovak Republic
SI|Slovenian,Slovene|Ljubljana|
SB|Solomon Islander|Honiara|
SO|Somali,Somalian|Mogadishu|
ZA|South African|Pretoria|
SS|South Sudanese|Juba|
ES|Spanish,Spaniard|Madrid|
LK|Sri Lankan|Colombo|Ceylon
SD|Sudanese|Khartoum|
SR|Surinamese|Paramaribo|
SE|Swedish,Swede|Stockholm|
CH|Swiss|Bern,Berne|Switzerland
SY|Syrian|Damascus|
TW|Taiwanese|Taipei|Republic of China,ROC
TJ|Tajik,Tajikistani|Dushanbe|
TZ|Tanzanian|Dodoma,Dar es Salaam|
TH|Thai|Bangkok|Siam
TL|Timorese|Dili|East Timor
TG|Togolese|Lome,Lomé|
TO|Tongan|Nuku'alofa|
TT|Trinidadian,Tobagonian|Port of Spain|
TN|Tunisian|Tunis|
TR|Turkish,Turk|Ankara|Turkey,Turkiye
TM|Turkmen|Ashgabat|
TV|Tuvaluan|Funafuti|
UG|Ugandan|Kampala|
UA|Ukrainian|Kyiv,Kiev|
AE|Emirati|Abu Dhabi|UAE,Emirates
GB|British,Briton|London,Downing Street,Whitehall|UK,U.K.,Britain,Great Britain,England
US|American|Washington,Washington D.C.,White House|US,U.S.,USA,U.S.A.,America,United States of America
UY|Uruguayan|Montevideo|
UZ|Uzbek,Uzbekistani|Tashkent|
VU|Ni-Vanuatu|Port Vila|
VA||Holy See|Vatican
VE|Venezuelan|Caracas|
VN|Vietnamese|Hanoi|
YE|Yemeni|Sanaa,Sana'a|
ZM|Zambian|Lusaka|
ZW|Zimbabwean,Rhodesian|Harare|Rhodesia
XK|Kosovar,Kosovan|Pristina|
HK|Hong Konger||
"""

# International organisations: name, CAMEO code, aliases. Brussels is the usual metonym for the EU.
ORGANISATIONS = """
European Union|IGOEUREEC|EU,E.U.,Brussels,European Commission,EC,European Council,Council of the European Union,European Parliament
North Atlantic Treaty Organization|IGOWSTNAT|NATO,North Atlantic Treaty Organisation
United Nations|IGOUNO|UN,U.N.,United Nations Organization,UN Security Council,U.N. Security Council,Security Council,UN General Assembly
African Union|IGOAFRAFU|AU
Association of Southeast Asian Nations|IGOSEAASN|ASEAN
Arab League|IGOMEAARL|League of Arab States
Organization for Security and Co-operation in Europe|IGO|OSCE,Organisation for Security and Co-operation in Europe
Council of Europe|IGOEURCOE|
World Trade Organization|IGOUNOWTO|WTO,World Trade Organisation
World Bank|IGOUNODEVWBK|
International Monetary Fund|IGOUNOIMF|IMF
World Health Organization|IGOUNOHLHWHO|WHO,World Health Organisation
International Atomic Energy Agency|IGOUNOIAE|IAEA
Interpol|IGOCOPITP|International Criminal Police Organization
International Criminal Court|IGOUNOJUD|ICC
Shanghai Cooperation Organisation|IGOCAS|SCO,Shanghai Cooperation Organization
Group of Seven|IGOBUSGOS|G7,G-7
Group of Twenty|IGOBUSGTW|G20,G-20
Organization of the Petroleum Exporting Countries|IGOBUSOPC|OPEC
UNHCR|IGOUNOREFHCR|UN Refugee Agency,United Nations High Commissioner for Refugees
UNICEF|IGOUNOKID|United Nations Children's Fund
"""
