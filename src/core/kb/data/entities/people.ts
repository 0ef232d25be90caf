import type { KbEntity } from '../../types';

/**
 * People of the automotive venture landscape: leaders of carmakers, their funds, suppliers,
 * tech groups, accelerators and start-ups (seed-entities.ts holds the people of the seed articles).
 */
export const people: KbEntity[] = [
  {
    id: 'luca-de-meo',
    type: 'person',
    name: 'Luca de Meo',
    relations: [
      { type: 'role-at', entity: 'renault', role: 'CEO (2020-2025)' },
      { type: 'role-at', entity: 'seat', role: 'President (2018-2020)' },
    ],
    country: 'IT',
    description: 'Italian executive who ran Renault Group from 2020 to 2025 after heading SEAT; left to become CEO of Kering.',
  },
  {
    id: 'francois-provost',
    type: 'person',
    name: 'François Provost',
    relations: [
      { type: 'role-at', entity: 'renault', role: 'CEO (since 2025)' },
    ],
    country: 'FR',
    description: 'French executive, head of purchasing and partnerships at Renault, appointed CEO of Renault Group in July 2025.',
  },
  {
    id: 'jean-dominique-senard',
    type: 'person',
    name: 'Jean-Dominique Senard',
    relations: [
      { type: 'role-at', entity: 'renault', role: 'Chairman (since 2019)' },
      { type: 'role-at', entity: 'michelin', role: 'CEO (2012-2019)' },
    ],
    country: 'FR',
    description: 'French executive, chairman of Renault since 2019 and former head of Michelin.',
  },
  {
    id: 'thierry-bollore',
    type: 'person',
    name: 'Thierry Bolloré',
    relations: [
      { type: 'role-at', entity: 'renault', role: 'CEO (2019)' },
      { type: 'role-at', entity: 'jaguar-land-rover', role: 'CEO (2020-2022)' },
    ],
    country: 'FR',
    description: 'French executive, CEO of Renault in 2019 and of Jaguar Land Rover from 2020 to 2022.',
  },
  {
    id: 'carlos-tavares',
    type: 'person',
    name: 'Carlos Tavares',
    relations: [
      { type: 'role-at', entity: 'stellantis', role: 'CEO (2021-2024)' },
      { type: 'role-at', entity: 'groupe-psa', role: 'Chairman of the Managing Board (2014-2021)' },
    ],
    country: 'PT',
    description: 'Portuguese executive who turned around Groupe PSA and led Stellantis from its creation in 2021 until December 2024.',
  },
  {
    id: 'john-elkann',
    type: 'person',
    name: 'John Elkann',
    relations: [
      { type: 'role-at', entity: 'stellantis', role: 'Chairman' },
      { type: 'role-at', entity: 'ferrari', role: 'Chairman' },
    ],
    country: 'IT',
    description: 'Italian businessman, chief executive of the Agnelli holding Exor, chairman of Stellantis and Ferrari.',
  },
  {
    id: 'antonio-filosa',
    type: 'person',
    name: 'Antonio Filosa',
    relations: [
      { type: 'role-at', entity: 'stellantis', role: 'CEO (since 2025)' },
      { type: 'role-at', entity: 'jeep', role: 'CEO (2023-2025)' },
    ],
    country: 'IT',
    description: 'Italian executive, former head of Jeep and of Stellantis Americas, CEO of Stellantis since June 2025.',
  },
  {
    id: 'jean-philippe-imparato',
    type: 'person',
    name: 'Jean-Philippe Imparato',
    relations: [
      { type: 'role-at', entity: 'stellantis', role: 'Chief Operating Officer, Europe' },
      { type: 'role-at', entity: 'alfa-romeo', role: 'CEO (2021-2024)' },
    ],
    country: 'FR',
    description: 'French Stellantis executive, former head of Peugeot and Alfa Romeo, later in charge of the group’s European operations.',
  },
  {
    id: 'linda-jackson',
    type: 'person',
    name: 'Linda Jackson',
    relations: [
      { type: 'role-at', entity: 'peugeot', role: 'CEO (2021-2024)' },
      { type: 'role-at', entity: 'citroen', role: 'CEO (2014-2020)' },
    ],
    country: 'GB',
    description: 'British executive who ran Citroën and then Peugeot.',
  },
  {
    id: 'fabrice-cambolive',
    type: 'person',
    name: 'Fabrice Cambolive',
    relations: [
      { type: 'role-at', entity: 'renault', role: 'CEO of the Renault brand' },
    ],
    country: 'FR',
    description: 'French Renault Group executive at the head of the Renault brand.',
  },
  {
    id: 'oliver-zipse',
    type: 'person',
    name: 'Oliver Zipse',
    relations: [
      { type: 'role-at', entity: 'bmw', role: 'Chairman of the Board of Management (since 2019)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of BMW AG since August 2019.',
  },
  {
    id: 'ola-kallenius',
    type: 'person',
    name: 'Ola Källenius',
    aliases: ['Ola Kaellenius'],
    relations: [
      { type: 'role-at', entity: 'mercedes-benz-group', role: 'Chairman of the Board of Management (since 2019)' },
    ],
    country: 'SE',
    description: 'Swedish executive, chief executive of Daimler and then Mercedes-Benz Group since May 2019.',
  },
  {
    id: 'oliver-blume',
    type: 'person',
    name: 'Oliver Blume',
    relations: [
      { type: 'role-at', entity: 'volkswagen-group', role: 'CEO (since 2022)' },
      { type: 'role-at', entity: 'porsche', role: 'CEO (since 2015)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of the Volkswagen Group since September 2022 and of Porsche since 2015.',
  },
  {
    id: 'herbert-diess',
    type: 'person',
    name: 'Herbert Diess',
    relations: [
      { type: 'role-at', entity: 'volkswagen-group', role: 'CEO (2018-2022)' },
      { type: 'role-at', entity: 'bmw', role: 'Board member (until 2015)' },
    ],
    country: 'AT',
    description: 'Austrian executive, chief executive of the Volkswagen Group from 2018 to 2022.',
  },
  {
    id: 'thomas-schafer',
    type: 'person',
    name: 'Thomas Schäfer',
    aliases: ['Thomas Schaefer'],
    relations: [
      { type: 'role-at', entity: 'volkswagen-passenger-cars', role: 'CEO (since 2022)' },
    ],
    country: 'DE',
    description: 'German executive, head of the Volkswagen passenger-car brand since 2022.',
  },
  {
    id: 'gernot-dollner',
    type: 'person',
    name: 'Gernot Döllner',
    aliases: ['Gernot Doellner'],
    relations: [
      { type: 'role-at', entity: 'audi', role: 'CEO (since 2023)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of Audi since September 2023.',
  },
  {
    id: 'markus-duesmann',
    type: 'person',
    name: 'Markus Duesmann',
    relations: [
      { type: 'role-at', entity: 'audi', role: 'CEO (2020-2023)' },
    ],
    country: 'DE',
    description: 'German engineer and executive, chief executive of Audi from 2020 to 2023.',
  },
  {
    id: 'akio-toyoda',
    type: 'person',
    name: 'Akio Toyoda',
    relations: [
      { type: 'role-at', entity: 'toyota', role: 'Chairman; President and CEO (2009-2023)' },
    ],
    country: 'JP',
    description: 'Japanese executive, grandson of the founder, president of Toyota Motor from 2009 to 2023 and then chairman.',
  },
  {
    id: 'koji-sato',
    type: 'person',
    name: 'Koji Sato',
    relations: [
      { type: 'role-at', entity: 'toyota', role: 'President and CEO (since 2023)' },
    ],
    country: 'JP',
    description: 'Japanese engineer and executive, former head of Lexus, president and CEO of Toyota Motor since April 2023.',
  },
  {
    id: 'takeshi-uchiyamada',
    type: 'person',
    name: 'Takeshi Uchiyamada',
    relations: [
      { type: 'role-at', entity: 'toyota', role: 'Chairman (2013-2023)' },
    ],
    country: 'JP',
    description: 'Japanese engineer known as the father of the Prius, chairman of Toyota from 2013 to 2023.',
  },
  {
    id: 'james-kuffner',
    type: 'person',
    name: 'James Kuffner',
    relations: [
      { type: 'role-at', entity: 'woven-by-toyota', role: 'CEO (2021-2023)' },
      { type: 'role-at', entity: 'toyota', role: 'Chief Digital Officer' },
    ],
    country: 'US',
    description: 'American roboticist, former Google robotics lead, who led Toyota’s software unit Woven Planet.',
  },
  {
    id: 'makoto-uchida',
    type: 'person',
    name: 'Makoto Uchida',
    relations: [
      { type: 'role-at', entity: 'nissan', role: 'CEO (2019-2025)' },
    ],
    country: 'JP',
    description: 'Japanese executive, chief executive of Nissan from December 2019 to March 2025.',
  },
  {
    id: 'ivan-espinosa',
    type: 'person',
    name: 'Iván Espinosa',
    relations: [
      { type: 'role-at', entity: 'nissan', role: 'CEO (since 2025)' },
    ],
    country: 'MX',
    description: 'Mexican executive, chief planning officer of Nissan, appointed CEO in April 2025.',
  },
  {
    id: 'takao-kato',
    type: 'person',
    name: 'Takao Kato',
    relations: [
      { type: 'role-at', entity: 'mitsubishi-motors', role: 'CEO (since 2019)' },
    ],
    country: 'JP',
    description: 'Japanese executive, president and CEO of Mitsubishi Motors since 2019.',
  },
  {
    id: 'toshihiro-mibe',
    type: 'person',
    name: 'Toshihiro Mibe',
    relations: [
      { type: 'role-at', entity: 'honda', role: 'President and CEO (since 2021)' },
    ],
    country: 'JP',
    description: 'Japanese engineer and executive, president and CEO of Honda Motor since April 2021.',
  },
  {
    id: 'jim-farley',
    type: 'person',
    name: 'Jim Farley',
    relations: [
      { type: 'role-at', entity: 'ford', role: 'President and CEO (since 2020)' },
    ],
    country: 'US',
    description: 'American executive, president and CEO of Ford Motor Company since October 2020.',
  },
  {
    id: 'bill-ford',
    type: 'person',
    name: 'Bill Ford',
    aliases: ['William Clay Ford Jr.', 'William Ford Jr.'],
    relations: [
      { type: 'role-at', entity: 'ford', role: 'Executive Chairman' },
    ],
    country: 'US',
    description: 'American businessman, great-grandson of Henry Ford and executive chairman of Ford Motor Company.',
  },
  {
    id: 'mary-barra',
    type: 'person',
    name: 'Mary Barra',
    aliases: ['Mary T. Barra'],
    relations: [
      { type: 'role-at', entity: 'general-motors', role: 'Chair and CEO (CEO since 2014)' },
    ],
    country: 'US',
    description: 'American executive, chief executive of General Motors since January 2014.',
  },
  {
    id: 'elon-musk',
    type: 'person',
    name: 'Elon Musk',
    relations: [
      { type: 'role-at', entity: 'tesla', role: 'CEO' },
    ],
    country: 'US',
    description: 'South-African-born entrepreneur, chief executive of Tesla and SpaceX.',
  },
  {
    id: 'rj-scaringe',
    type: 'person',
    name: 'RJ Scaringe',
    aliases: ['R.J. Scaringe', 'Robert Scaringe', 'Robert J. Scaringe'],
    relations: [
      { type: 'role-at', entity: 'rivian', role: 'Founder and CEO' },
    ],
    country: 'US',
    description: 'American engineer who founded Rivian in 2009 and leads it as CEO.',
  },
  {
    id: 'peter-rawlinson',
    type: 'person',
    name: 'Peter Rawlinson',
    relations: [
      { type: 'role-at', entity: 'lucid', role: 'CEO (2019-2025) and CTO' },
    ],
    country: 'GB',
    description: 'British engineer, former Tesla Model S chief engineer, who led Lucid until February 2025.',
  },
  {
    id: 'li-bin',
    type: 'person',
    name: 'Li Bin',
    aliases: ['William Li'],
    relations: [
      { type: 'role-at', entity: 'nio', role: 'Founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur who founded NIO in 2014 and leads it; also founder of Bitauto.',
  },
  {
    id: 'he-xiaopeng',
    type: 'person',
    name: 'He Xiaopeng',
    relations: [
      { type: 'role-at', entity: 'xpeng', role: 'Co-founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, co-founder of UCWeb and chairman and CEO of XPeng.',
  },
  {
    id: 'wang-chuanfu',
    type: 'person',
    name: 'Wang Chuanfu',
    relations: [
      { type: 'role-at', entity: 'byd', role: 'Founder, Chairman and President' },
    ],
    country: 'CN',
    description: 'Chinese chemist and entrepreneur who founded BYD in 1995.',
  },
  {
    id: 'li-shufu',
    type: 'person',
    name: 'Li Shufu',
    aliases: ['Eric Li Shufu'],
    relations: [
      { type: 'role-at', entity: 'geely', role: 'Founder and Chairman' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, founder and chairman of Zhejiang Geely Holding, owner of Volvo Cars and shareholder of Mercedes-Benz Group.',
  },
  {
    id: 'li-xiang',
    type: 'person',
    name: 'Li Xiang',
    relations: [
      { type: 'role-at', entity: 'li-auto', role: 'Founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, founder of Autohome and of Li Auto.',
  },
  {
    id: 'lei-jun',
    type: 'person',
    name: 'Lei Jun',
    relations: [
      { type: 'role-at', entity: 'xiaomi', role: 'Founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, founder of Xiaomi, which launched its electric car (SU7) in 2024.',
  },
  {
    id: 'euisun-chung',
    type: 'person',
    name: 'Euisun Chung',
    aliases: ['Chung Eui-sun', 'Eui-sun Chung', 'Chung Euisun'],
    relations: [
      { type: 'role-at', entity: 'hyundai-motor-group', role: 'Executive Chair (since 2020)' },
    ],
    country: 'KR',
    description: 'South Korean executive, chairman of Hyundai Motor Group since 2020.',
  },
  {
    id: 'jose-munoz',
    type: 'person',
    name: 'José Muñoz',
    relations: [
      { type: 'role-at', entity: 'hyundai-motor-company', role: 'President and CEO (since 2025)' },
    ],
    country: 'ES',
    description: 'Spanish executive, former Nissan executive, president and CEO of Hyundai Motor Company since January 2025.',
  },
  {
    id: 'hakan-samuelsson',
    type: 'person',
    name: 'Håkan Samuelsson',
    aliases: ['Hakan Samuelsson'],
    relations: [
      { type: 'role-at', entity: 'volvo-cars', role: 'CEO (2012-2022; again since 2025)' },
    ],
    country: 'SE',
    description: 'Swedish executive, chief executive of Volvo Cars from 2012 to 2022 and again from April 2025.',
  },
  {
    id: 'jim-rowan',
    type: 'person',
    name: 'Jim Rowan',
    relations: [
      { type: 'role-at', entity: 'volvo-cars', role: 'CEO (2022-2025)' },
    ],
    country: 'GB',
    description: 'British executive, former Dyson CEO, chief executive of Volvo Cars from 2022 to 2025.',
  },
  {
    id: 'martin-lundstedt',
    type: 'person',
    name: 'Martin Lundstedt',
    relations: [
      { type: 'role-at', entity: 'volvo-group', role: 'President and CEO (since 2015)' },
    ],
    country: 'SE',
    description: 'Swedish executive, chief executive of the truck maker Volvo Group since 2015.',
  },
  {
    id: 'christian-levin',
    type: 'person',
    name: 'Christian Levin',
    relations: [
      { type: 'role-at', entity: 'traton', role: 'CEO (since 2021)' },
      { type: 'role-at', entity: 'scania', role: 'CEO' },
    ],
    country: 'SE',
    description: 'Swedish executive, chief executive of Volkswagen’s truck group Traton and of Scania.',
  },
  {
    id: 'karin-radstrom',
    type: 'person',
    name: 'Karin Rådström',
    aliases: ['Karin Radstrom'],
    relations: [
      { type: 'role-at', entity: 'daimler-truck', role: 'CEO (since 2024)' },
    ],
    country: 'SE',
    description: 'Swedish executive, chief executive of Daimler Truck since October 2024.',
  },
  {
    id: 'mate-rimac',
    type: 'person',
    name: 'Mate Rimac',
    relations: [
      { type: 'role-at', entity: 'rimac', role: 'Founder and CEO' },
      { type: 'role-at', entity: 'bugatti-rimac', role: 'CEO' },
    ],
    country: 'HR',
    description: 'Croatian entrepreneur who founded Rimac in 2009 and heads Bugatti Rimac.',
  },
  {
    id: 'henrik-fisker',
    type: 'person',
    name: 'Henrik Fisker',
    relations: [
      { type: 'role-at', entity: 'fisker', role: 'Co-founder and CEO' },
    ],
    country: 'DK',
    description: 'Danish car designer (Aston Martin DB9, BMW Z8) who founded Fisker Automotive and Fisker Inc.',
  },
  {
    id: 'trevor-milton',
    type: 'person',
    name: 'Trevor Milton',
    relations: [
      { type: 'role-at', entity: 'nikola', role: 'Founder and CEO (until 2020)' },
    ],
    country: 'US',
    description: 'American entrepreneur who founded Nikola and resigned in 2020 amid fraud allegations.',
  },
  {
    id: 'mike-manley',
    type: 'person',
    name: 'Mike Manley',
    relations: [
      { type: 'role-at', entity: 'autonation', role: 'CEO (since 2021)' },
      { type: 'role-at', entity: 'fiat-chrysler-automobiles', role: 'CEO (2018-2021)' },
    ],
    country: 'GB',
    description: 'British executive, chief executive of Fiat Chrysler Automobiles from 2018 and of AutoNation since 2021.',
  },
  {
    id: 'sergio-marchionne',
    type: 'person',
    name: 'Sergio Marchionne',
    relations: [
      { type: 'role-at', entity: 'fiat-chrysler-automobiles', role: 'CEO (until 2018)' },
      { type: 'role-at', entity: 'ferrari', role: 'Chairman and CEO (until 2018)' },
    ],
    country: 'IT',
    description: 'Italian-Canadian executive who rescued Fiat, merged it with Chrysler and led FCA until his death in 2018.',
  },
  {
    id: 'susanne-klatten',
    type: 'person',
    name: 'Susanne Klatten',
    relations: [
      { type: 'role-at', entity: 'unternehmertum', role: 'Founder and chair' },
      { type: 'role-at', entity: 'bmw', role: 'Major shareholder and supervisory board member' },
    ],
    country: 'DE',
    description: 'German investor, major BMW shareholder and founder of the Munich start-up centre UnternehmerTUM.',
  },
  {
    id: 'stefan-quandt',
    type: 'person',
    name: 'Stefan Quandt',
    relations: [
      { type: 'role-at', entity: 'bmw', role: 'Major shareholder; deputy chairman of the Supervisory Board' },
    ],
    country: 'DE',
    description: 'German industrialist, largest shareholder of BMW.',
  },
  {
    id: 'kasper-sage',
    type: 'person',
    name: 'Kasper Sage',
    relations: [
      { type: 'role-at', entity: 'bmw-i-ventures', role: 'Managing Partner' },
    ],
    description: 'Managing partner of BMW i Ventures, the BMW Group’s venture-capital fund.',
  },
  {
    id: 'ulrich-quay',
    type: 'person',
    name: 'Ulrich Quay',
    relations: [
      { type: 'role-at', entity: 'bmw-i-ventures', role: 'Managing Director (former)' },
    ],
    country: 'DE',
    description: 'Former managing director of BMW i Ventures.',
  },
  {
    id: 'jim-adler',
    type: 'person',
    name: 'Jim Adler',
    relations: [
      { type: 'role-at', entity: 'toyota-ventures', role: 'Founding Managing Director' },
    ],
    country: 'US',
    description: 'Founding managing director of Toyota AI Ventures (later Toyota Ventures).',
  },
  {
    id: 'ricardo-stamatti',
    type: 'person',
    name: 'Ricardo Stamatti',
    relations: [
      { type: 'role-at', entity: 'stellantis-ventures', role: 'Head' },
    ],
    description: 'Head of Stellantis Ventures, the corporate venture fund of Stellantis.',
  },
  {
    id: 'george-kellerman',
    type: 'person',
    name: 'George Kellerman',
    relations: [
      { type: 'role-at', entity: 'woven-capital', role: 'Founding Managing Director' },
    ],
    country: 'US',
    description: 'Founding managing director of Woven Capital, Toyota’s growth-stage venture fund.',
  },
  {
    id: 'john-suh',
    type: 'person',
    name: 'John Suh',
    relations: [
      { type: 'role-at', entity: 'hyundai-cradle', role: 'Head (former)' },
    ],
    description: 'Hyundai Motor Group executive who led the open-innovation and venture unit Hyundai CRADLE.',
  },
  {
    id: 'xavier-niel',
    type: 'person',
    name: 'Xavier Niel',
    relations: [
      { type: 'role-at', entity: 'station-f', role: 'Founder' },
    ],
    country: 'FR',
    description: 'French telecom entrepreneur (Iliad, Free) and investor who founded the Paris start-up campus Station F.',
  },
  {
    id: 'roxanne-varza',
    type: 'person',
    name: 'Roxanne Varza',
    relations: [
      { type: 'role-at', entity: 'station-f', role: 'Director' },
    ],
    description: 'Director of the Paris start-up campus Station F.',
  },
  {
    id: 'saeed-amidi',
    type: 'person',
    name: 'Saeed Amidi',
    relations: [
      { type: 'role-at', entity: 'plug-and-play', role: 'Founder and CEO' },
    ],
    country: 'US',
    description: 'Iranian-American entrepreneur and investor who founded Plug and Play Tech Center.',
  },
  {
    id: 'paul-graham',
    type: 'person',
    name: 'Paul Graham',
    relations: [
      { type: 'role-at', entity: 'y-combinator', role: 'Co-founder' },
    ],
    country: 'GB',
    description: 'British-American programmer, essayist and investor who co-founded Y Combinator in 2005.',
  },
  {
    id: 'garry-tan',
    type: 'person',
    name: 'Garry Tan',
    relations: [
      { type: 'role-at', entity: 'y-combinator', role: 'President and CEO (since 2023)' },
    ],
    country: 'US',
    description: 'Canadian-American investor, president and CEO of Y Combinator since 2023.',
  },
  {
    id: 'stefan-hartung',
    type: 'person',
    name: 'Stefan Hartung',
    relations: [
      { type: 'role-at', entity: 'bosch', role: 'Chairman of the Board of Management (since 2022)' },
    ],
    country: 'DE',
    description: 'German executive, chairman of the board of management of Robert Bosch GmbH since 2022.',
  },
  {
    id: 'nikolai-setzer',
    type: 'person',
    name: 'Nikolai Setzer',
    relations: [
      { type: 'role-at', entity: 'continental', role: 'CEO (2020-2024)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of Continental from 2020 to 2024.',
  },
  {
    id: 'philipp-von-hirschheydt',
    type: 'person',
    name: 'Philipp von Hirschheydt',
    relations: [
      { type: 'role-at', entity: 'continental', role: 'CEO (since 2025)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of Continental since January 2025.',
  },
  {
    id: 'holger-klein',
    type: 'person',
    name: 'Holger Klein',
    relations: [
      { type: 'role-at', entity: 'zf-friedrichshafen', role: 'CEO (since 2023)' },
    ],
    country: 'DE',
    description: 'German executive, chief executive of ZF Friedrichshafen since 2023.',
  },
  {
    id: 'christophe-perillat',
    type: 'person',
    name: 'Christophe Périllat',
    relations: [
      { type: 'role-at', entity: 'valeo', role: 'CEO (since 2022)' },
    ],
    country: 'FR',
    description: 'French executive, chief executive of Valeo since January 2022.',
  },
  {
    id: 'jacques-aschenbroich',
    type: 'person',
    name: 'Jacques Aschenbroich',
    relations: [
      { type: 'role-at', entity: 'valeo', role: 'CEO (2009-2022)' },
    ],
    country: 'FR',
    description: 'French executive who led Valeo from 2009 to 2022.',
  },
  {
    id: 'florent-menegaux',
    type: 'person',
    name: 'Florent Menegaux',
    relations: [
      { type: 'role-at', entity: 'michelin', role: 'CEO (since 2019)' },
    ],
    country: 'FR',
    description: 'French executive, managing chairman (CEO) of Michelin since 2019.',
  },
  {
    id: 'patrick-koller',
    type: 'person',
    name: 'Patrick Koller',
    relations: [
      { type: 'role-at', entity: 'forvia', role: 'CEO (2016-2025)' },
    ],
    country: 'FR',
    description: 'French executive who led Faurecia and then Forvia from 2016 to 2025.',
  },
  {
    id: 'robin-zeng',
    type: 'person',
    name: 'Robin Zeng',
    aliases: ['Zeng Yuqun'],
    relations: [
      { type: 'role-at', entity: 'catl', role: 'Founder and Chairman' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur who founded the battery maker CATL.',
  },
  {
    id: 'richard-yu',
    type: 'person',
    name: 'Richard Yu',
    aliases: ['Yu Chengdong'],
    relations: [
      { type: 'role-at', entity: 'huawei', role: 'Executive director; head of the consumer and intelligent-automotive businesses' },
    ],
    country: 'CN',
    description: 'Huawei executive who leads its consumer business and its intelligent-automotive solutions.',
  },
  {
    id: 'jensen-huang',
    type: 'person',
    name: 'Jensen Huang',
    relations: [
      { type: 'role-at', entity: 'nvidia', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'Taiwanese-American engineer who co-founded Nvidia and leads it as CEO.',
  },
  {
    id: 'masayoshi-son',
    type: 'person',
    name: 'Masayoshi Son',
    relations: [
      { type: 'role-at', entity: 'softbank', role: 'Founder, Chairman and CEO' },
    ],
    country: 'JP',
    description: 'Japanese entrepreneur, founder of SoftBank Group and its Vision Fund.',
  },
  {
    id: 'robin-li',
    type: 'person',
    name: 'Robin Li',
    aliases: ['Li Yanhong'],
    relations: [
      { type: 'role-at', entity: 'baidu', role: 'Co-founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, co-founder and chief executive of Baidu.',
  },
  {
    id: 'ma-huateng',
    type: 'person',
    name: 'Ma Huateng',
    aliases: ['Pony Ma'],
    relations: [
      { type: 'role-at', entity: 'tencent', role: 'Co-founder, Chairman and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, co-founder and chief executive of Tencent.',
  },
  {
    id: 'travis-kalanick',
    type: 'person',
    name: 'Travis Kalanick',
    relations: [
      { type: 'role-at', entity: 'uber', role: 'Co-founder; CEO (2009-2017)' },
    ],
    country: 'US',
    description: 'American entrepreneur who co-founded Uber and led it until 2017.',
  },
  {
    id: 'dara-khosrowshahi',
    type: 'person',
    name: 'Dara Khosrowshahi',
    relations: [
      { type: 'role-at', entity: 'uber', role: 'CEO (since 2017)' },
    ],
    country: 'US',
    description: 'Iranian-American executive, chief executive of Uber since 2017.',
  },
  {
    id: 'david-risher',
    type: 'person',
    name: 'David Risher',
    relations: [
      { type: 'role-at', entity: 'lyft', role: 'CEO (since 2023)' },
    ],
    country: 'US',
    description: 'American executive, chief executive of Lyft since April 2023.',
  },
  {
    id: 'anthony-tan',
    type: 'person',
    name: 'Anthony Tan',
    relations: [
      { type: 'role-at', entity: 'grab', role: 'Co-founder and CEO' },
    ],
    country: 'MY',
    description: 'Malaysian entrepreneur, co-founder and chief executive of Grab.',
  },
  {
    id: 'peter-carlsson',
    type: 'person',
    name: 'Peter Carlsson',
    relations: [
      { type: 'role-at', entity: 'northvolt', role: 'Co-founder; CEO (2016-2024)' },
    ],
    country: 'SE',
    description: 'Swedish executive, former Tesla supply-chain head, who co-founded Northvolt and led it until November 2024.',
  },
  {
    id: 'paolo-cerruti',
    type: 'person',
    name: 'Paolo Cerruti',
    relations: [
      { type: 'role-at', entity: 'northvolt', role: 'Co-founder' },
    ],
    country: 'IT',
    description: 'Italian executive, former Tesla operations manager, co-founder of Northvolt.',
  },
  {
    id: 'benoit-lemaignan',
    type: 'person',
    name: 'Benoit Lemaignan',
    relations: [
      { type: 'role-at', entity: 'verkor', role: 'Co-founder and CEO' },
    ],
    country: 'FR',
    description: 'French entrepreneur, co-founder and chief executive of the battery maker Verkor.',
  },
  {
    id: 'yann-vincent',
    type: 'person',
    name: 'Yann Vincent',
    relations: [
      { type: 'role-at', entity: 'automotive-cells-company', role: 'CEO (from 2020)' },
    ],
    country: 'FR',
    description: 'French executive, former PSA manufacturing head, chief executive of Automotive Cells Company (ACC).',
  },
  {
    id: 'jagdeep-singh',
    type: 'person',
    name: 'Jagdeep Singh',
    relations: [
      { type: 'role-at', entity: 'quantumscape', role: 'Co-founder; CEO (2010-2024)' },
    ],
    country: 'US',
    description: 'American entrepreneur who co-founded QuantumScape and led it until 2024.',
  },
  {
    id: 'siva-sivaram',
    type: 'person',
    name: 'Siva Sivaram',
    relations: [
      { type: 'role-at', entity: 'quantumscape', role: 'CEO (since 2024)' },
    ],
    country: 'US',
    description: 'American semiconductor executive, chief executive of QuantumScape since 2024.',
  },
  {
    id: 'qichao-hu',
    type: 'person',
    name: 'Qichao Hu',
    relations: [
      { type: 'role-at', entity: 'ses-ai', role: 'Founder and CEO' },
    ],
    country: 'US',
    description: 'Chinese-American scientist who founded SES AI (SolidEnergy Systems) at MIT.',
  },
  {
    id: 'doron-myersdorf',
    type: 'person',
    name: 'Doron Myersdorf',
    relations: [
      { type: 'role-at', entity: 'storedot', role: 'Co-founder and CEO' },
    ],
    country: 'IL',
    description: 'Israeli entrepreneur, co-founder and chief executive of StoreDot.',
  },
  {
    id: 'gene-berdichevsky',
    type: 'person',
    name: 'Gene Berdichevsky',
    relations: [
      { type: 'role-at', entity: 'sila-nanotechnologies', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'American engineer, early Tesla employee, co-founder and chief executive of Sila.',
  },
  {
    id: 'khaled-hassounah',
    type: 'person',
    name: 'Khaled Hassounah',
    relations: [
      { type: 'role-at', entity: 'ample', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'Co-founder and chief executive of the battery-swapping start-up Ample.',
  },
  {
    id: 'jb-straubel',
    type: 'person',
    name: 'JB Straubel',
    aliases: ['J.B. Straubel', 'Jeffrey Brian Straubel'],
    relations: [
      { type: 'role-at', entity: 'redwood-materials', role: 'Founder and CEO' },
      { type: 'role-at', entity: 'tesla', role: 'Co-founder; CTO (until 2019)' },
    ],
    country: 'US',
    description: 'American engineer, Tesla co-founder and CTO, who founded Redwood Materials.',
  },
  {
    id: 'pasquale-romano',
    type: 'person',
    name: 'Pasquale Romano',
    relations: [
      { type: 'role-at', entity: 'chargepoint', role: 'CEO (2011-2024)' },
    ],
    country: 'US',
    description: 'American executive who led ChargePoint from 2011 to 2024.',
  },
  {
    id: 'rick-wilmer',
    type: 'person',
    name: 'Rick Wilmer',
    relations: [
      { type: 'role-at', entity: 'chargepoint', role: 'CEO (since 2024)' },
    ],
    country: 'US',
    description: 'American executive, chief executive of ChargePoint since late 2024.',
  },
  {
    id: 'michiel-langezaal',
    type: 'person',
    name: 'Michiel Langezaal',
    relations: [
      { type: 'role-at', entity: 'fastned', role: 'Co-founder and CEO' },
    ],
    country: 'NL',
    description: 'Dutch entrepreneur, co-founder and chief executive of Fastned.',
  },
  {
    id: 'enric-asuncion',
    type: 'person',
    name: 'Enric Asunción',
    relations: [
      { type: 'role-at', entity: 'wallbox', role: 'Co-founder and CEO' },
    ],
    country: 'ES',
    description: 'Spanish engineer, co-founder and chief executive of Wallbox.',
  },
  {
    id: 'aurelien-de-meaux',
    type: 'person',
    name: 'Aurélien de Meaux',
    relations: [
      { type: 'role-at', entity: 'electra', role: 'Co-founder and CEO' },
    ],
    country: 'FR',
    description: 'French entrepreneur, co-founder and chief executive of the fast-charging network Electra.',
  },
  {
    id: 'chris-urmson',
    type: 'person',
    name: 'Chris Urmson',
    relations: [
      { type: 'role-at', entity: 'aurora-innovation', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'Canadian-born roboticist, former head of Google’s self-driving project, co-founder and CEO of Aurora.',
  },
  {
    id: 'sterling-anderson',
    type: 'person',
    name: 'Sterling Anderson',
    relations: [
      { type: 'role-at', entity: 'aurora-innovation', role: 'Co-founder' },
      { type: 'role-at', entity: 'general-motors', role: 'Chief Product Officer (since 2025)' },
    ],
    country: 'US',
    description: 'American engineer, former Tesla Autopilot head and Aurora co-founder, chief product officer of GM since 2025.',
  },
  {
    id: 'bryan-salesky',
    type: 'person',
    name: 'Bryan Salesky',
    relations: [
      { type: 'role-at', entity: 'argo-ai', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'American engineer who co-founded and led Argo AI.',
  },
  {
    id: 'karl-iagnemma',
    type: 'person',
    name: 'Karl Iagnemma',
    relations: [
      { type: 'role-at', entity: 'motional', role: 'CEO (former)' },
    ],
    country: 'US',
    description: 'American roboticist, co-founder of nuTonomy and former chief executive of Motional.',
  },
  {
    id: 'aicha-evans',
    type: 'person',
    name: 'Aicha Evans',
    relations: [
      { type: 'role-at', entity: 'zoox', role: 'CEO (since 2019)' },
    ],
    country: 'US',
    description: 'Senegalese-American executive, former Intel chief strategy officer, chief executive of Zoox since 2019.',
  },
  {
    id: 'jesse-levinson',
    type: 'person',
    name: 'Jesse Levinson',
    relations: [
      { type: 'role-at', entity: 'zoox', role: 'Co-founder and CTO' },
    ],
    country: 'US',
    description: 'American engineer, co-founder and chief technology officer of Zoox.',
  },
  {
    id: 'kyle-vogt',
    type: 'person',
    name: 'Kyle Vogt',
    relations: [
      { type: 'role-at', entity: 'cruise', role: 'Co-founder; CEO (until 2023)' },
    ],
    country: 'US',
    description: 'American entrepreneur who co-founded Cruise and led it until November 2023.',
  },
  {
    id: 'tekedra-mawakana',
    type: 'person',
    name: 'Tekedra Mawakana',
    relations: [
      { type: 'role-at', entity: 'waymo', role: 'Co-CEO (since 2021)' },
    ],
    country: 'US',
    description: 'American executive, co-chief executive of Waymo since 2021.',
  },
  {
    id: 'dmitri-dolgov',
    type: 'person',
    name: 'Dmitri Dolgov',
    relations: [
      { type: 'role-at', entity: 'waymo', role: 'Co-CEO (since 2021)' },
    ],
    country: 'US',
    description: 'Russian-American engineer, early member of Google’s self-driving project and co-chief executive of Waymo since 2021.',
  },
  {
    id: 'john-krafcik',
    type: 'person',
    name: 'John Krafcik',
    relations: [
      { type: 'role-at', entity: 'waymo', role: 'CEO (2015-2021)' },
    ],
    country: 'US',
    description: 'American executive, former Hyundai Motor America CEO, who led Waymo from 2015 to 2021.',
  },
  {
    id: 'james-peng',
    type: 'person',
    name: 'James Peng',
    relations: [
      { type: 'role-at', entity: 'pony-ai', role: 'Co-founder and CEO' },
    ],
    country: 'CN',
    description: 'Chinese-American entrepreneur, co-founder and chief executive of Pony.ai.',
  },
  {
    id: 'tony-han',
    type: 'person',
    name: 'Tony Han',
    relations: [
      { type: 'role-at', entity: 'weride', role: 'Founder and CEO' },
    ],
    country: 'CN',
    description: 'Chinese entrepreneur, founder and chief executive of WeRide.',
  },
  {
    id: 'amnon-shashua',
    type: 'person',
    name: 'Amnon Shashua',
    relations: [
      { type: 'role-at', entity: 'mobileye', role: 'Co-founder, President and CEO' },
    ],
    country: 'IL',
    description: 'Israeli computer scientist who co-founded Mobileye in 1999 and leads it.',
  },
  {
    id: 'alex-kendall',
    type: 'person',
    name: 'Alex Kendall',
    relations: [
      { type: 'role-at', entity: 'wayve', role: 'Co-founder and CEO' },
    ],
    country: 'GB',
    description: 'New Zealand-born AI researcher, co-founder and chief executive of Wayve.',
  },
  {
    id: 'gavin-jackson',
    type: 'person',
    name: 'Gavin Jackson',
    relations: [
      { type: 'role-at', entity: 'oxa', role: 'CEO' },
    ],
    country: 'GB',
    description: 'British executive, chief executive of the autonomous-driving company Oxa (Oxbotica).',
  },
  {
    id: 'austin-russell',
    type: 'person',
    name: 'Austin Russell',
    relations: [
      { type: 'role-at', entity: 'luminar-technologies', role: 'Founder; CEO (until 2025)' },
    ],
    country: 'US',
    description: 'American entrepreneur who founded the lidar maker Luminar in 2012.',
  },
  {
    id: 'omer-keilaf',
    type: 'person',
    name: 'Omer Keilaf',
    relations: [
      { type: 'role-at', entity: 'innoviz', role: 'Co-founder and CEO' },
    ],
    country: 'IL',
    description: 'Israeli engineer, co-founder and chief executive of Innoviz.',
  },
  {
    id: 'robert-falck',
    type: 'person',
    name: 'Robert Falck',
    relations: [
      { type: 'role-at', entity: 'einride', role: 'Founder' },
    ],
    country: 'SE',
    description: 'Swedish entrepreneur who founded the autonomous and electric freight company Einride.',
  },
  {
    id: 'don-burnette',
    type: 'person',
    name: 'Don Burnette',
    relations: [
      { type: 'role-at', entity: 'kodiak-robotics', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'American engineer, co-founder and chief executive of Kodiak Robotics.',
  },
  {
    id: 'jiajun-zhu',
    type: 'person',
    name: 'Jiajun Zhu',
    relations: [
      { type: 'role-at', entity: 'nuro', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'Chinese-American engineer, early Google self-driving engineer and co-founder and chief executive of Nuro.',
  },
  {
    id: 'edwin-olson',
    type: 'person',
    name: 'Edwin Olson',
    relations: [
      { type: 'role-at', entity: 'may-mobility', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'American roboticist, co-founder and chief executive of May Mobility.',
  },
  {
    id: 'daniel-ramot',
    type: 'person',
    name: 'Daniel Ramot',
    relations: [
      { type: 'role-at', entity: 'via-transportation', role: 'Co-founder and CEO' },
    ],
    country: 'US',
    description: 'Israeli-American entrepreneur, co-founder and chief executive of Via Transportation.',
  },
  {
    id: 'frederic-mazzella',
    type: 'person',
    name: 'Frédéric Mazzella',
    relations: [
      { type: 'role-at', entity: 'blablacar', role: 'Founder and President' },
    ],
    country: 'FR',
    description: 'French entrepreneur who founded BlaBlaCar in 2006.',
  },
  {
    id: 'nicolas-brusson',
    type: 'person',
    name: 'Nicolas Brusson',
    relations: [
      { type: 'role-at', entity: 'blablacar', role: 'Co-founder and CEO' },
    ],
    country: 'FR',
    description: 'French entrepreneur, co-founder and chief executive of BlaBlaCar.',
  },
  {
    id: 'sam-zaid',
    type: 'person',
    name: 'Sam Zaid',
    relations: [
      { type: 'role-at', entity: 'getaround', role: 'Co-founder' },
    ],
    country: 'US',
    description: 'American entrepreneur who co-founded Getaround in 2009.',
  },
  {
    id: 'markus-villig',
    type: 'person',
    name: 'Markus Villig',
    relations: [
      { type: 'role-at', entity: 'bolt', role: 'Founder and CEO' },
    ],
    country: 'EE',
    description: 'Estonian entrepreneur who founded Taxify (Bolt) in 2013 and leads it.',
  },
  {
    id: 'wayne-ting',
    type: 'person',
    name: 'Wayne Ting',
    relations: [
      { type: 'role-at', entity: 'lime', role: 'CEO (since 2020)' },
    ],
    country: 'US',
    description: 'American executive, chief executive of Lime since 2020.',
  },
  {
    id: 'lawrence-leuschner',
    type: 'person',
    name: 'Lawrence Leuschner',
    relations: [
      { type: 'role-at', entity: 'tier-mobility', role: 'Co-founder and CEO' },
    ],
    country: 'DE',
    description: 'German entrepreneur, co-founder and chief executive of TIER Mobility.',
  },
  {
    id: 'henri-moissinot',
    type: 'person',
    name: 'Henri Moissinot',
    relations: [
      { type: 'role-at', entity: 'dott', role: 'Co-founder and CEO' },
    ],
    country: 'FR',
    description: 'French entrepreneur, co-founder and chief executive of Dott.',
  },
  {
    id: 'fredrik-hjelm',
    type: 'person',
    name: 'Fredrik Hjelm',
    relations: [
      { type: 'role-at', entity: 'voi', role: 'Co-founder and CEO' },
    ],
    country: 'SE',
    description: 'Swedish entrepreneur, co-founder and chief executive of Voi.',
  },
  {
    id: 'travis-vanderzanden',
    type: 'person',
    name: 'Travis VanderZanden',
    relations: [
      { type: 'role-at', entity: 'bird', role: 'Founder; CEO (until 2022)' },
    ],
    country: 'US',
    description: 'American entrepreneur, former Lyft and Uber executive, who founded Bird in 2017.',
  },
  {
    id: 'alex-chesterman',
    type: 'person',
    name: 'Alex Chesterman',
    relations: [
      { type: 'role-at', entity: 'cazoo', role: 'Founder' },
    ],
    country: 'GB',
    description: 'British entrepreneur (Zoopla, LoveFilm) who founded Cazoo in 2018.',
  },
  {
    id: 'christian-bertermann',
    type: 'person',
    name: 'Christian Bertermann',
    relations: [
      { type: 'role-at', entity: 'auto1-group', role: 'Co-founder and CEO' },
    ],
    country: 'DE',
    description: 'German entrepreneur, co-founder and chief executive of AUTO1 Group.',
  },
  {
    id: 'teddy-pellerin',
    type: 'person',
    name: 'Teddy Pellerin',
    relations: [
      { type: 'role-at', entity: 'heetch', role: 'Co-founder and CEO' },
    ],
    country: 'FR',
    description: 'French entrepreneur, co-founder and chief executive of Heetch.',
  },
  {
    id: 'denis-sverdlov',
    type: 'person',
    name: 'Denis Sverdlov',
    relations: [
      { type: 'role-at', entity: 'arrival', role: 'Founder and CEO' },
    ],
    country: 'GB',
    description: 'Russian-born entrepreneur (Kinetik, Roborace) who founded Arrival.',
  },
  {
    id: 'daniel-wiegand',
    type: 'person',
    name: 'Daniel Wiegand',
    relations: [
      { type: 'role-at', entity: 'lilium', role: 'Co-founder; CEO (until 2023)' },
    ],
    country: 'DE',
    description: 'German engineer who co-founded Lilium in 2015.',
  },
  {
    id: 'dirk-hoke',
    type: 'person',
    name: 'Dirk Hoke',
    relations: [
      { type: 'role-at', entity: 'volocopter', role: 'CEO (2022-2025)' },
    ],
    country: 'DE',
    description: 'German executive, former Airbus Defence and Space CEO, chief executive of Volocopter from 2022.',
  },
  {
    id: 'joeben-bevirt',
    type: 'person',
    name: 'JoeBen Bevirt',
    relations: [
      { type: 'role-at', entity: 'joby-aviation', role: 'Founder and CEO' },
    ],
    country: 'US',
    description: 'American entrepreneur who founded Joby Aviation in 2009.',
  },
  {
    id: 'stephen-fitzpatrick',
    type: 'person',
    name: 'Stephen Fitzpatrick',
    relations: [
      { type: 'role-at', entity: 'vertical-aerospace', role: 'Founder' },
    ],
    country: 'GB',
    description: 'Northern Irish entrepreneur who founded OVO Energy and Vertical Aerospace.',
  },
  {
    id: 'laurin-hahn',
    type: 'person',
    name: 'Laurin Hahn',
    relations: [
      { type: 'role-at', entity: 'sono-motors', role: 'Co-founder' },
    ],
    country: 'DE',
    description: 'German entrepreneur, co-founder of Sono Motors.',
  },
  {
    id: 'lex-hoefsloot',
    type: 'person',
    name: 'Lex Hoefsloot',
    relations: [
      { type: 'role-at', entity: 'lightyear', role: 'Co-founder and CEO' },
    ],
    country: 'NL',
    description: 'Dutch entrepreneur, co-founder and chief executive of Lightyear.',
  },
  {
    id: 'olivier-lombard',
    type: 'person',
    name: 'Olivier Lombard',
    relations: [
      { type: 'role-at', entity: 'hopium', role: 'Founder' },
    ],
    country: 'FR',
    description: 'French racing driver, Le Mans class winner, who founded the hydrogen-car start-up Hopium.',
  },
  {
    id: 'mathieu-gardies',
    type: 'person',
    name: 'Mathieu Gardies',
    relations: [
      { type: 'role-at', entity: 'hysetco', role: 'Co-founder' },
    ],
    country: 'FR',
    description: 'French entrepreneur who launched the Hype hydrogen-taxi fleet in Paris.',
  },
];
