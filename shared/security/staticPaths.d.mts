export declare const HTML_TYPE: string;
export declare function extensionOf(file: string): string;
export declare function mimeTypeOf(file: string): string;
export declare function requestPathSegments(pathname: string): string[] | null;
