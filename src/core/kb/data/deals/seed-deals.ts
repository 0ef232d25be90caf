import type { KbDeal } from '../../types';

const seed = (file: string, title: string, date: string) => ({ seed: file, title, date });
const S000 = seed('000_c3201e9730f0093d.txt', 'Alliance Ventures signe un partenariat avec Plug and Play en Chine', '2021-07');
const S001 = seed('001_f4684ddb6562bfe5.txt', 'De Renault-Nissan alliantie investeert 1 miljard dollar in startups', '2018-01-11');
const S002 = seed('002_12a74d0cda6565b4.txt', 'Bolloré se rabat sur Alibaba pour développer des véhicules électriques', '2018-07-02');
const S003 = seed('003_ea5efa2bf7cf5482.txt', "BMW va construire une base d'innovation à Shanghai avec Alibaba", '2020-07-07');
const S004 = seed('004_e7cfa98baccc31a9.txt', 'Nexus Automotive dévoile son projet Sparker', '2022-10-20');

/** The deals the five seed articles report (../shared/seeds/gold.json). */
export const seedDeals: KbDeal[] = [
  {
    id: 'alliance-ventures-plug-and-play-china-2019',
    type: 'partnership',
    parties: { partners: ['alliance-ventures', 'plug-and-play'] },
    date: '2019-03',
    where: 'China',
    summary: 'Alliance Ventures signed a three-year partnership with Plug and Play in China, with up to $1 bn to invest there by 2022.',
    sources: [S000,
      { url: 'https://www.greencarcongress.com/2019/05/20190510-alliance.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+greencarcongress%2FTrBK+%28Green+Car+Congress%29', publisher: 'Green Car Congress', date: '2019-05-10' },
      { url: 'http://www.journalauto.com/lja/article.view/31224/alliance-ventures-s-associe-a-plug-and-play-en-chine/1/constructeurs?knxm=7&knxt=Alliance+Ventures+s%27associe+%C3%A0+Plug+and+Play+en+Chine&knxs=Derniers+Articles', title: "Alliance Ventures s'associe à Plug and Play en Chine", publisher: "Le Journal de l'Automobile", date: '2019-05' },
    ],
  },
  {
    id: 'alliance-ventures-powershare',
    type: 'investment',
    parties: { investors: ['alliance-ventures'], targets: ['powershare'] },
    summary: 'Alliance Ventures invested in the EV-charging start-up PowerShare.',
    sources: [S000],
  },
  {
    id: 'alliance-ventures-tekion',
    type: 'investment',
    parties: { investors: ['alliance-ventures'], targets: ['tekion'] },
    summary: 'Alliance Ventures invested in the car-retail cloud platform Tekion.',
    sources: [S000],
  },
  {
    id: 'alliance-ventures-fund-2018',
    type: 'fund',
    parties: {
      targets: ['alliance-ventures'],
      sponsors: [
        { entity: 'renault', share: 0.4 },
        { entity: 'nissan', share: 0.4 },
        { entity: 'mitsubishi-motors', share: 0.2 },
      ],
    },
    amount: { value: 1e9, currency: 'USD' },
    date: '2018-01',
    summary: 'Renault, Nissan and Mitsubishi Motors launched Alliance Ventures, a $1 bn corporate venture fund for 2018-2022 (40/40/20).',
    sources: [S001],
  },
  {
    id: 'alliance-ventures-ionic-materials-2018',
    type: 'investment',
    parties: { investors: ['alliance-ventures'], targets: ['ionic-materials'] },
    date: '2018-01',
    summary: 'First investment of Alliance Ventures: the US solid-electrolyte battery start-up Ionic Materials.',
    sources: [S001],
  },
  {
    id: 'bollore-alibaba-2018',
    type: 'partnership',
    parties: { partners: ['bollore', 'alibaba'] },
    date: '2018-07',
    summary: 'Bolloré signed a worldwide partnership with Alibaba (cloud, clean energy, AI and electric mobility).',
    sources: [S002],
  },
  {
    id: 'bmw-alibaba-shanghai-innovation-base-2020',
    type: 'partnership',
    parties: { partners: ['bmw', 'alibaba'] },
    date: '2020-07',
    where: 'Shanghai',
    summary: 'BMW and Alibaba agreed to build an innovation base for Chinese tech start-ups in Shanghai, to support at least 300 companies in three years.',
    sources: [S003],
  },
  {
    id: 'bmw-china-unicom-5g',
    type: 'partnership',
    parties: { partners: ['bmw', 'china-unicom'] },
    summary: 'BMW signed agreements with China Unicom on 5G services.',
    sources: [S003],
  },
  {
    id: 'bmw-navinfo-hd-maps',
    type: 'partnership',
    parties: { partners: ['bmw', 'navinfo'] },
    summary: 'BMW signed agreements with NavInfo on high-definition maps.',
    sources: [S003],
  },
  {
    id: 'bmw-tencent-data-platform',
    type: 'partnership',
    parties: { partners: ['bmw', 'tencent'] },
    summary: 'BMW teamed up with Tencent to build a data-driven, high-performance development platform.',
    sources: [S003],
  },
  {
    id: 'mobilion-ventures-fund-2023',
    type: 'fund',
    parties: { targets: ['mobilion-ventures'], sponsors: [{ entity: 'nexus-automotive' }] },
    amount: { value: 1e8, currency: 'EUR' },
    date: '2023',
    summary: 'Mobilion, the Tel Aviv investment fund of Nexus Automotive, announced a new €100 m raise for 2023.',
    sources: [S004],
  },
  {
    id: 'nexus-automotive-sparker-2022',
    type: 'program',
    parties: { sponsors: [{ entity: 'nexus-automotive' }], targets: ['sparker'] },
    date: '2022-11',
    where: 'Barcelona',
    summary: 'Nexus Automotive launched Sparker, a worldwide platform to find and support aftermarket start-ups (3,000 to 4,000 a year).',
    sources: [S004],
  },
];
