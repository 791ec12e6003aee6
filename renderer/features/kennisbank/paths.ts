/** Routes of the kennisbank screens (hash router paths). */
export const termHref = (key: string) => `/kennisbank/begrippen/${encodeURIComponent(key)}`;
export const schemeHref = (key: string) => `/kennisbank/regelingen/${encodeURIComponent(key)}`;
export const networkHref = (id: string) => `/kennisbank/netwerken/${encodeURIComponent(id)}`;
export const companyHref = (id: string) => `/portefeuille/${encodeURIComponent(id)}`;
export const ADMIN_PATH = '/kennisbank/beheer';
