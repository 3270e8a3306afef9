import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { MockStateSchema, type MockResetBody, type MockSettingsPatch } from '../generated/zod';

/** Controls of the mock backend (development and demos only; the bureau's server has none). */
export const mockKeys = { state: ['mock', 'state'] as const };

export const mockStateQuery = () =>
  queryOptions({
    queryKey: mockKeys.state,
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'mockGetSettings',
        path: '/api/__mock/settings',
        schema: MockStateSchema,
        signal,
      }),
  });

export const resetMock = (body: MockResetBody) =>
  apiRequest({
    operation: 'mockReset',
    method: 'POST',
    path: '/api/__mock/reset',
    body,
    schema: MockStateSchema,
  });

export const updateMockSettings = (body: MockSettingsPatch) =>
  apiRequest({
    operation: 'mockUpdateSettings',
    method: 'POST',
    path: '/api/__mock/settings',
    body,
    schema: MockStateSchema,
  });

export const advanceMockClock = (advanceSeconds: number) =>
  apiRequest({
    operation: 'mockAdvanceClock',
    method: 'POST',
    path: '/api/__mock/clock',
    body: { advanceSeconds },
    schema: MockStateSchema,
  });
