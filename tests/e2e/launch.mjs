// How the tests and the benchmark start Chromium: Debian's own (/usr/bin/chromium), never a
// downloaded one; WebGL 2 through SwiftShader, no background traffic (TOOLCHAIN.md).
export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
