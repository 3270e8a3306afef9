import { format, resolveConfig } from 'prettier';

export async function prettierFormat(source: string, filePath: string): Promise<string> {
  const config = await resolveConfig(filePath);
  return format(source, { ...config, filepath: filePath });
}
